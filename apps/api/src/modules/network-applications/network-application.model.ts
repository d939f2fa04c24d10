import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoModel } from '../../common/pagination';
import { OrganisationKind, Sector, SizeClass } from '../organisations/organisation.model';
import type { Sector as SectorCode, SizeClass as Size } from '../organisations/organisation.entity';
import { NETWORK_APPLICATION_STATUSES } from './network-application.entity';
import type { ApplicantKind, NetworkApplicationStatus as Status } from './network-application.entity';

export const NetworkApplicationStatus = Object.fromEntries(NETWORK_APPLICATION_STATUSES.map((s) => [s, s])) as {
  [K in Status]: K;
};
registerEnumType(NetworkApplicationStatus, {
  name: 'NetworkApplicationStatus',
  description: 'PENDING until the country’s coordinator approves or rejects it.',
});

@ObjectType('NetworkApplication', {
  description: 'An organisation’s application to join the network, as its country’s coordinator sees it.',
})
export class NetworkApplicationModel {
  @Field(() => ID) id!: string;
  @Field() organisationName!: string;
  @Field(() => OrganisationKind, { description: 'VET_INSTITUTION or COMPANY: only training partners apply.' })
  kind!: ApplicantKind;
  @Field({ description: 'EE, LV or LT.' }) country!: string;
  @Field() registryCode!: string;
  @Field() city!: string;
  @Field(() => String, { nullable: true }) website!: string | null;
  @Field(() => Sector, { nullable: true }) sector!: SectorCode | null;
  @Field(() => SizeClass, { nullable: true }) sizeClass!: Size | null;
  @Field() contactGivenName!: string;
  @Field() contactFamilyName!: string;
  @Field() contactEmail!: string;
  @Field({ description: 'The contact’s language (en, et, lv, lt or ru): of the mails and of the invited account.' })
  preferredLanguage!: string;
  @Field(() => String, { nullable: true }) message!: string | null;
  @Field(() => NetworkApplicationStatus) status!: Status;
  @Field(() => String, { nullable: true, description: 'Name of who decided.' }) decidedBy!: string | null;
  @Field(() => Date, { nullable: true }) decidedAt!: Date | null;
  @Field(() => String, { nullable: true }) rejectionReason!: string | null;
  @Field(() => ID, { nullable: true, description: 'The organisation created on approval.' }) createdOrganisationId!:
    string | null;
  @Field() createdAt!: Date;
}

@ObjectType('NetworkApplicationEdge')
export class NetworkApplicationEdgeModel {
  @Field() cursor!: string;
  @Field(() => NetworkApplicationModel) node!: NetworkApplicationModel;
}

@ObjectType('NetworkApplicationConnection')
export class NetworkApplicationConnectionModel {
  @Field(() => Int) totalCount!: number;
  @Field(() => [NetworkApplicationEdgeModel]) edges!: NetworkApplicationEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
}
