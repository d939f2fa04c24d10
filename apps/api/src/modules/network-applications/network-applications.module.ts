import { Module } from '@nestjs/common';
import { AuthModule } from '../../auth/auth.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { NetworkApplicationsRepository } from './network-applications.repository';
import { NetworkApplicationsResolver } from './network-applications.resolver';
import { NetworkApplicationsService } from './network-applications.service';

@Module({
  imports: [AuthModule, InvitationsModule, NotificationsModule],
  providers: [NetworkApplicationsRepository, NetworkApplicationsService, NetworkApplicationsResolver],
})
export class NetworkApplicationsModule {}
