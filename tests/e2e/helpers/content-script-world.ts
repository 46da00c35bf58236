import type { CDPSession } from 'playwright-core';

/** The extension's content-script (isolated) world on a page, found through the DevTools protocol. */
export async function contentScriptWorld(session: CDPSession, extensionId: string): Promise<number> {
  const contexts: { id: number; origin: string; auxData?: { type?: string } }[] = [];
  session.on('Runtime.executionContextCreated', ({ context }) => contexts.push(context));
  await session.send('Runtime.enable');
  const world = contexts.find(
    (context) => context.auxData?.type === 'isolated' && context.origin === `chrome-extension://${extensionId}`,
  );
  if (!world) throw new Error('The content script\u2019s world was not found on the page.');
  return world.id;
}

/** Runs an expression in that world, as the content script would, and returns its value. */
export async function evaluateInWorld(session: CDPSession, contextId: number, expression: string): Promise<unknown> {
  const { result, exceptionDetails } = await session.send('Runtime.evaluate', {
    contextId,
    expression,
    awaitPromise: true,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`Evaluation failed: ${JSON.stringify(exceptionDetails)}`);
  return result.value;
}
