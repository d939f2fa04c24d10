import { Global, Module } from '@nestjs/common';
import { MailResolver } from './mail.resolver';
import { MailService } from './mail.service';
import { OutboxRepository } from './outbox.repository';

/** Global: any use case may queue mail in its transaction. */
@Global()
@Module({ providers: [OutboxRepository, MailService, MailResolver], exports: [MailService] })
export class MailModule {}
