import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoModel } from '../../common/pagination';
import { OrganisationRefModel, RoleGrantModel } from './role-grant.model';

export const PersonStatusEnum = { ACTIVE: 'ACTIVE', DEACTIVATED: 'DEACTIVATED' } as const;
export type PersonStatus = keyof typeof PersonStatusEnum;
export const PERSON_STATUSES = Object.keys(PersonStatusEnum) as PersonStatus[];
registerEnumType(PersonStatusEnum, { name: 'PersonStatus', description: 'Whether the account may sign in.' });

@ObjectType('Person')
export class PersonModel {
  @Field(() => ID) id!: string;
  @Field() email!: string;
  @Field() givenName!: string;
  @Field() familyName!: string;
  @Field() displayName!: string;
  @Field({ description: 'UI language: en, et, lv, lt or ru.' }) preferredLanguage!: string;
  @Field(() => String, { nullable: true, description: 'IANA time zone; null means the browser zone.' })
  timeZone!: string | null;
  @Field(() => [RoleGrantModel]) roles!: RoleGrantModel[];
  @Field(() => OrganisationRefModel, {
    nullable: true,
    description: 'The employer of a tutor, else the organisation of a grant.',
  })
  organisation!: OrganisationRefModel | null;
  @Field(() => String, {
    nullable: true,
    description: 'ISO code: the employer’s country, else that of a grant.',
  })
  countryCode!: string | null;
  @Field(() => PersonStatusEnum) status!: PersonStatus;
}

@ObjectType('PersonEdge')
export class PersonEdgeModel {
  @Field() cursor!: string;
  @Field(() => PersonModel) node!: PersonModel;
}

@ObjectType('PersonConnection')
export class PersonConnectionModel {
  @Field(() => Int) totalCount!: number;
  @Field(() => [PersonEdgeModel]) edges!: PersonEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
}
