import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PageInfoModel } from '../../common/pagination';
import { ORGANISATION_KINDS, SECTORS, SIZE_CLASSES } from './organisation.entity';
import type { OrganisationKind as Kind, Sector as SectorCode, SizeClass as Size } from './organisation.entity';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const OrganisationKind = asEnum(ORGANISATION_KINDS);
export const Sector = asEnum(SECTORS);
export const SizeClass = asEnum(SIZE_CLASSES);
registerEnumType(OrganisationKind, { name: 'OrganisationKind' });
registerEnumType(Sector, {
  name: 'Sector',
  description: 'Economic sector of a company; the main field a school trains for.',
});
registerEnumType(SizeClass, {
  name: 'SizeClass',
  description: 'EU size class by headcount: MICRO < 10, SMALL < 50, MEDIUM < 250, LARGE.',
});

@ObjectType('Organisation', { description: 'A school, company or other body in the network. Nothing here is private.' })
export class OrganisationModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field(() => OrganisationKind) kind!: Kind;
  @Field({ description: 'ISO 3166-1 alpha-2 code, e.g. EE.' }) country!: string;
  @Field({ description: 'Business or institution registry code (unique per country).' }) registryCode!: string;
  @Field(() => String, { nullable: true }) city!: string | null;
  @Field(() => Sector, { nullable: true }) sector!: SectorCode | null;
  @Field(() => SizeClass, { nullable: true }) sizeClass!: Size | null;
  @Field(() => String, { nullable: true }) website!: string | null;
}

@ObjectType('OrganisationEdge')
export class OrganisationEdgeModel {
  @Field() cursor!: string;
  @Field(() => OrganisationModel) node!: OrganisationModel;
}

@ObjectType('OrganisationConnection')
export class OrganisationConnectionModel {
  @Field(() => Int, { description: 'How many organisations match the filter, over all pages.' }) totalCount!: number;
  @Field(() => [OrganisationEdgeModel]) edges!: OrganisationEdgeModel[];
  @Field(() => PageInfoModel) pageInfo!: PageInfoModel;
}
