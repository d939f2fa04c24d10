import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ROLES, SCOPE_KINDS } from '@tandem/shared-domain';
import type { Role as RoleName, ScopeKind as ScopeKindName } from '@tandem/shared-domain';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const Role = asEnum(ROLES);
export const ScopeKind = asEnum(SCOPE_KINDS);
registerEnumType(Role, { name: 'Role', description: 'A role of DESIGN.md; granted in a scope.' });
registerEnumType(ScopeKind, { name: 'ScopeKind' });

@ObjectType('OrganisationRef', { description: 'The name and id of an organisation, for labels and links.' })
export class OrganisationRefModel {
  @Field(() => ID) id!: string;
  @Field() name!: string;
}

@ObjectType('RoleGrant')
export class RoleGrantModel {
  @Field(() => ID) id!: string;
  @Field(() => Role) role!: RoleName;
  @Field(() => ScopeKind) scopeKind!: ScopeKindName;
  @Field(() => String, { nullable: true, description: 'ISO code, for COUNTRY grants.' }) countryCode!: string | null;
  @Field(() => OrganisationRefModel, { nullable: true }) organisation!: OrganisationRefModel | null;
}
