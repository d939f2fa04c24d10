import type { OutboxMessage } from './outbox-message.entity';
import type { OutboxMessageModel } from './outbox-message.model';
import { NO_SMTP_NOTE } from './mail.service';

export function toOutboxMessageModel(m: OutboxMessage, smtpConfigured: boolean): OutboxMessageModel {
  return {
    id: m.id,
    recipientEmail: m.recipientEmail,
    language: m.language,
    kind: m.kind,
    subject: m.subject,
    textBody: m.textBody,
    status: m.status,
    attempts: m.attempts,
    lastError: m.lastError,
    deliveryNote: m.status === 'QUEUED' && !smtpConfigured ? NO_SMTP_NOTE : null,
    createdAt: m.createdAt,
    sentAt: m.sentAt,
  };
}
