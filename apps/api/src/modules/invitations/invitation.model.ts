import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('Invitation', { description: 'What the invitation page shows before the person sets a password.' })
export class InvitationModel {
  @Field() email!: string;
  @Field() givenName!: string;
  @Field() familyName!: string;
  @Field() preferredLanguage!: string;
  @Field(() => String, { nullable: true, description: 'Name of the person who sent the invitation.' }) invitedBy!:
    string | null;
  @Field() expiresAt!: Date;
  @Field() expired!: boolean;
  @Field() used!: boolean;
}
