import { describeIssues } from '../core/validation/describe-issues';
import { PROTOCOL, Reply, type MessageName, type RequestOf, type ResponseOf } from './protocol';

export type Transport = (message: unknown) => Promise<unknown>;

/** Checks a reply to `name` against the protocol, turning a refusal or a malformed reply into an Error. */
export function readReply<N extends MessageName>(name: N, raw: unknown): ResponseOf<N> {
  const reply = Reply.safeParse(raw);
  if (!reply.success) {
    throw new Error('Fifth Touch\u2019s background did not answer. Reload the extension and try again.');
  }
  if (!reply.data.ok) throw new Error(reply.data.error);
  const response = PROTOCOL[name].response.safeParse(reply.data.response);
  if (!response.success) {
    throw new Error(`Fifth Touch received an unexpected "${name}" reply: ${describeIssues(response.error)}`);
  }
  return response.data as ResponseOf<N>;
}

/** The sender's side: every reply is read with `readReply`. */
export function createMessenger(transport: Transport) {
  return async function send<N extends MessageName>(name: N, request: RequestOf<N>): Promise<ResponseOf<N>> {
    return readReply(name, await transport({ name, request }));
  };
}

export type Messenger = ReturnType<typeof createMessenger>;
