import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import type { Logger } from './logger.js';

export interface MailAttachment {
  filename: string;
  content: Buffer;
  contentType: string;
}

export interface Mail {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachment[];
}

export interface Mailer {
  send(mail: Mail): Promise<void>;
}

const FROM = process.env.MAIL_FROM ?? 'Tổng đài 1022 <no-reply@1022.localhost>';

/**
 * SMTP when SMTP_URL is set; otherwise mails are captured as files under `captureDir` and logged, so in
 * development nothing is lost and the links can be opened.
 */
export function createMailer(options: {
  smtpUrl?: string | undefined;
  captureDir: string;
  logger: Logger;
}): Mailer {
  if (options.smtpUrl) {
    const transport = nodemailer.createTransport(options.smtpUrl);
    return {
      send: async (mail) => {
        await transport.sendMail({ from: FROM, ...mail });
      },
    };
  }
  const transport = nodemailer.createTransport({ jsonTransport: true });
  return {
    send: async (mail) => {
      const info = await transport.sendMail({ from: FROM, ...mail });
      await mkdir(options.captureDir, { recursive: true });
      const file = join(options.captureDir, `${Date.now()}-${info.messageId.replace(/[^\w.-]/g, '')}.json`);
      await writeFile(file, String(info.message));
      options.logger.info({ to: mail.to, subject: mail.subject, file }, 'mail captured (no SMTP_URL)');
    },
  };
}
