/** What went wrong with the form as a whole, announced as it appears; nothing when `message` is empty. */
export function FormErrorNotice({ message }: { message: string | null | undefined }) {
  if (!message) return null;
  return (
    <div role="alert" className="notice notice--error form__error">
      <p>
        <strong>{message}</strong>
      </p>
    </div>
  );
}
