import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { TandemsResolver } from './tandems.resolver';
import { TandemsService } from './tandems.service';

@Module({
  imports: [PeopleModule, ProgrammesModule, PrivacyModule],
  providers: [TandemsService, TandemsResolver],
  exports: [TandemsService],
})
export class TandemsModule {}
