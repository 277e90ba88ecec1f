import type { Mailer } from '../../lib/mailer.js';
import type { ChannelRelay, OutgoingMessage } from './channel-relay.js';

/** E-mail: the message goes to the citizen's address through the platform's mailer (SMTP). */
export function emailRelay(mailer: Mailer): ChannelRelay {
  return {
    channel: 'email',
    deliver: async (message: OutgoingMessage) => {
      if (!message.to) throw new Error('no e-mail address to relay to');
      await mailer.send({ to: message.to, subject: message.subject, text: message.text });
    },
  };
}

/**
 * The portal: the answer is on the citizen's status page already; when they left an e-mail address
 * they also get it by e-mail.
 */
export function portalRelay(mailer: Mailer): ChannelRelay {
  return {
    channel: 'portal',
    deliver: async (message: OutgoingMessage) => {
      if (message.to) await mailer.send({ to: message.to, subject: message.subject, text: message.text });
    },
  };
}
