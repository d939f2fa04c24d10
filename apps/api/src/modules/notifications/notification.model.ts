import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { NOTIFICATION_KINDS } from './notification-kinds';
import type { NotificationKind as Kind } from './notification-kinds';

export const NotificationKind = Object.fromEntries(NOTIFICATION_KINDS.map((k) => [k, k])) as { [K in Kind]: K };
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What happened; the client translates it with the params.',
});

@ObjectType('NotificationParam', {
  description: 'A named value to put into the translated message (or to build a link).',
})
export class NotificationParamModel {
  @Field() name!: string;
  @Field() value!: string;
}

@ObjectType('Notification', { description: 'An in-app message to the signed-in person.' })
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field(() => NotificationKind) kind!: Kind;
  @Field(() => String, { nullable: true, description: 'What it is about, e.g. "NationalProgramme".' }) targetType!:
    string | null;
  @Field(() => ID, { nullable: true, description: 'The id of what it is about, for a link.' }) targetId!: string | null;
  @Field(() => [NotificationParamModel], { description: 'e.g. countryCode, revision, actorName, comments.' })
  params!: NotificationParamModel[];
  @Field() createdAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}
