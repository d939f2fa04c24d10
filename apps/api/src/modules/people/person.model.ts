import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { PageInfoModel } from '../../common/pagination';
import { RoleGrantModel } from './role-grant.model';

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
