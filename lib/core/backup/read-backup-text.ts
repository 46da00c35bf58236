/** A chosen file's text as a document for `parseBackup`; text that is not JSON is refused in words. */
export function readBackupText(text: string, fileName: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new Error(`${fileName} is not a Fifth Touch backup: it is not valid JSON. Nothing was changed.`);
  }
}
