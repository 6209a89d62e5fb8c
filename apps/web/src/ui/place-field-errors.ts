/**
 * Files each error under the field that shows it: `wholeEntryField` may first send an error about a whole list entry
 * ("skills.1") to the field that shows it; otherwise the longest of `fieldPaths` the error's path starts with
 * ("preferences.preferredLocations.2" → the locations field). The rest are for the whole form.
 */
export function placeFieldErrors(
  errors: Record<string, string>,
  fieldPaths: ReadonlySet<string>,
  wholeEntryField: (path: string) => string | null,
): { fields: Record<string, string>; unplaced: string[] } {
  const fields: Record<string, string> = {};
  const unplaced: string[] = [];
  for (const [path, message] of Object.entries(errors)) {
    const entryField = wholeEntryField(path);
    let placed = entryField !== null && fieldPaths.has(entryField) ? entryField : null;
    const parts = path.split('.');
    for (let length = parts.length; placed === null && length > 0; length--) {
      const prefix = parts.slice(0, length).join('.');
      if (fieldPaths.has(prefix)) placed = prefix;
    }
    if (placed === null) unplaced.push(message);
    else fields[placed] ??= message;
  }
  return { fields, unplaced };
}
