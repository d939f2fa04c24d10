import { Global, Module } from '@nestjs/common';
import { AccessFactsRepository } from './access-facts.repository';

/** Where records belong (country, organisation, tandem), for the scope checks of every module. */
@Global()
@Module({ providers: [AccessFactsRepository], exports: [AccessFactsRepository] })
export class AccessFactsModule {}
