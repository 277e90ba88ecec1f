import type { CaseChannel } from '@tongdai/core';
import type { Mailer } from '../../lib/mailer.js';
import type { ChannelRelay } from './channel-relay.js';
import { emailRelay, portalRelay } from './email-relay.js';

/**
 * The adapters that exist today. Hotline call-backs, Zalo OA and Facebook arrive with the channels
 * issue: register them here and their pending records go out on the next delivery run.
 */
export function channelRelays(deps: { mailer: Mailer }): Map<CaseChannel, ChannelRelay> {
  const adapters: ChannelRelay[] = [emailRelay(deps.mailer), portalRelay(deps.mailer)];
  return new Map(adapters.map((a) => [a.channel, a]));
}
