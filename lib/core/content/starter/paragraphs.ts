/** A body written as its paragraphs, so the data reads like the email it becomes. */
export function paragraphs(...blocks: string[]): string {
  return blocks.join('\n\n');
}
