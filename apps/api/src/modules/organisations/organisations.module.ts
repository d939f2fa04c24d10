import { Module } from '@nestjs/common';
import { PeopleModule } from '../people/people.module';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsRepository } from './organisations.repository';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [PeopleModule],
  providers: [OrganisationsRepository, OrganisationsService, OrganisationsResolver],
  exports: [OrganisationsService],
})
export class OrganisationsModule {}
