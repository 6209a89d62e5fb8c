/**
 * jsdom has <dialog> but not showModal()/close(): component tests call this so a dialog opens (the `open`
 * attribute makes it visible to queries) and closes (with its `close` event) as in a browser.
 */
export function polyfillDialog() {
  const prototype = HTMLDialogElement.prototype;
  if (typeof prototype.showModal !== 'function') {
    prototype.showModal = function showModal(this: HTMLDialogElement) {
      this.setAttribute('open', '');
    };
  }
  if (typeof prototype.close !== 'function') {
    prototype.close = function close(this: HTMLDialogElement) {
      if (!this.hasAttribute('open')) return;
      this.removeAttribute('open');
      // Browsers queue the event rather than firing it during close().
      setTimeout(() => this.dispatchEvent(new Event('close')));
    };
  }
}
