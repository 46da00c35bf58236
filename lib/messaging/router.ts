import { describeIssues } from '../core/validation/describe-issues';
import { CONTENT_SCRIPT_MESSAGES } from './content-script-messages';
import { Envelope, PROTOCOL, type MessageName, type ParsedRequestOf, type Reply, type ResponseOf } from './protocol';

export type Handlers = {
  [N in MessageName]: (request: ParsedRequestOf<N>) => Promise<ResponseOf<N>>;
};

export interface MessageSender {
  id?: string;
  /** The sending document: one of our pages, or the page a content script runs in. */
  url?: string;
}

export interface ExtensionIdentity {
  id: string;
  /** Where the extension's own pages live (`chrome-extension://<id>/`). */
  pagesUrl: string;
}

const isExtensionPage = (sender: MessageSender, extension: ExtensionIdentity) =>
  sender.url?.startsWith(extension.pagesUrl) === true;

/**
 * Turns handlers into one runtime.onMessage listener. It always resolves (never rejects) with a
 * Reply, so an error reaches the sender as words rather than as a dropped channel.
 */
export function createRouter(handlers: Handlers, extension: ExtensionIdentity) {
  return async function route(message: unknown, sender: MessageSender): Promise<Reply> {
    if (sender.id !== extension.id) {
      return { ok: false, error: 'Fifth Touch only answers its own pages and scripts.' };
    }
    const envelope = Envelope.safeParse(message);
    if (!envelope.success) {
      return { ok: false, error: `Fifth Touch did not understand that message: ${describeIssues(envelope.error)}` };
    }
    const name = envelope.data.name;
    if (!isExtensionPage(sender, extension) && !CONTENT_SCRIPT_MESSAGES.has(name)) {
      return { ok: false, error: `"${name}" can only be asked from Fifth Touch\u2019s own popup or options page.` };
    }
    const request = PROTOCOL[name].request.safeParse(envelope.data.request ?? {});
    if (!request.success) {
      return { ok: false, error: `The "${name}" request is not valid: ${describeIssues(request.error)}` };
    }
    try {
      const handler = handlers[name] as (request: unknown) => Promise<unknown>;
      return { ok: true, response: await handler(request.data) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  };
}
