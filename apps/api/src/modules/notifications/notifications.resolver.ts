import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '../../auth/current-viewer.decorator';
import { SignedIn } from '../../auth/policy.decorator';
import type { Viewer } from '../../auth/viewer';
import { MarkNotificationsReadArgs } from './dto/mark-notifications-read.args';
import { MyNotificationsArgs } from './dto/my-notifications.args';
import { toNotificationModel } from './notification.mapper';
import { NotificationModel } from './notification.model';
import { NotificationsService } from './notifications.service';

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly notifications: NotificationsService) {}

  @SignedIn()
  @Query(() => [NotificationModel], {
    description: "The signed-in person's notifications, newest first.",
    complexity: ({ args, childComplexity }) => 1 + (args['first'] ?? 20) * childComplexity,
  })
  async myNotifications(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MyNotificationsArgs,
  ): Promise<NotificationModel[]> {
    return (await this.notifications.mine(viewer, args.first, args.unreadOnly)).map(toNotificationModel);
  }

  @SignedIn()
  @Query(() => Int, { description: 'How many of the signed-in person’s notifications are unread (for the badge).' })
  unreadNotificationCount(@CurrentViewer() viewer: Viewer): Promise<number> {
    return this.notifications.unreadCount(viewer);
  }

  @SignedIn()
  @Mutation(() => [NotificationModel], { description: 'Marks own notifications read; returns them.' })
  async markNotificationsRead(
    @CurrentViewer() viewer: Viewer,
    @Args() args: MarkNotificationsReadArgs,
  ): Promise<NotificationModel[]> {
    return (await this.notifications.markRead(viewer, args.ids)).map(toNotificationModel);
  }
}
