import type { CaseChannel } from '@tongdai/core';

/** One message to a citizen, as the relay record keeps it. */
export interface OutgoingMessage {
  /** E-mail address or phone number; null when the channel answers in the citizen's own conversation. */
  to: string | null;
  subject: string;
  text: string;
}

/**
 * The one interface every channel adapter implements. `deliver` resolves once the channel took the
 * message and throws when it did not (the record is then retried). Channels without an adapter yet
 * (Zalo, Facebook, the call-back of a hotline case) keep their records pending until one is registered.
 */
export interface ChannelRelay {
  readonly channel: CaseChannel;
  deliver(message: OutgoingMessage): Promise<void>;
}
