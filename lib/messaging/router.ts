import { describeIssues } from '../core/validation/describe-issues';
import { Envelope, PROTOCOL, type MessageName, type ParsedRequestOf, type Reply, type ResponseOf } from './protocol';

export type Handlers = {
  [N in MessageName]: (request: ParsedRequestOf<N>) => Promise<ResponseOf<N>>;
};

export interface MessageSender {
  id?: string;
}

/**
 * Turns handlers into one runtime.onMessage listener. It always resolves (never rejects) with a
 * Reply, so an error reaches the sender as words rather than as a dropped channel.
 */
export function createRouter(handlers: Handlers, extensionId: string) {
  return async function route(message: unknown, sender: MessageSender): Promise<Reply> {
    if (sender.id !== extensionId) {
      return { ok: false, error: 'Fifth Touch only answers its own pages and scripts.' };
    }
    const envelope = Envelope.safeParse(message);
    if (!envelope.success) {
      return { ok: false, error: `Fifth Touch did not understand that message: ${describeIssues(envelope.error)}` };
    }
    const name = envelope.data.name;
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
