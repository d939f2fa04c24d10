import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [PeopleModule],
  providers: [OrganisationsService, OrganisationsResolver],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
