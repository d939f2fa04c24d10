import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { TandemsResolver } from './tandems.resolver';
import { TandemFormingService } from './tandem-forming.service';
import { TandemSuggestionsService } from './tandem-suggestions.service';
import { TandemsRepository } from './tandems.repository';
import { TandemsService } from './tandems.service';

@Module({
  imports: [PeopleModule, ProgrammesModule, PrivacyModule],
  providers: [TandemsRepository, TandemsService, TandemFormingService, TandemSuggestionsService, TandemsResolver],
  exports: [TandemsService],
})
export class TandemsModule {}
