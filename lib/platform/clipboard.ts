/** The popup is focused when the rep clicks "Copy", which is what the clipboard API requires. */
export async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}
