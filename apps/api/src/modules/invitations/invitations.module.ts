import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module';
import { PeopleModule } from '../people/people.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { ProgrammesModule } from '../programmes/programmes.module';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { PasswordResetService } from './password-reset.service';
import { RoleGrantsService } from './role-grants.service';

@Module({
  imports: [AuthModule, PeopleModule, ProgrammesModule, PrivacyModule],
  providers: [InvitationsRepository, InvitationsService, PasswordResetService, RoleGrantsService, InvitationsResolver],
  exports: [InvitationsService, RoleGrantsService],
})
export class InvitationsModule {}
