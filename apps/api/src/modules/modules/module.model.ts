import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DELIVERY_MODES, MODULE_KINDS, MODULE_VERSION_STATUSES } from '@tandem/shared-domain';
import type {
  DeliveryMode as Delivery,
  ModuleKind as Kind,
  ModuleVersionStatus as VStatus,
} from '@tandem/shared-domain';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
export const ModuleKind = asEnum(MODULE_KINDS);
export const ModuleVersionStatus = asEnum(MODULE_VERSION_STATUSES);
export const DeliveryMode = asEnum(DELIVERY_MODES);
registerEnumType(ModuleKind, { name: 'ModuleKind' });
registerEnumType(ModuleVersionStatus, { name: 'ModuleVersionStatus' });
registerEnumType(DeliveryMode, { name: 'DeliveryMode' });

@ObjectType('ModuleText', { description: 'The texts of a module version in one language.' })
export class ModuleTextModel {
  @Field() language!: string;
  @Field() title!: string;
  @Field() summary!: string;
  @Field(() => [String]) learningOutcomes!: string[];
}

export const MaterialKind = { LINK: 'LINK', FILE: 'FILE' } as const;
registerEnumType(MaterialKind, { name: 'MaterialKind' });

@ObjectType('ModuleMaterial', { description: 'A link or a file that goes with a module version.' })
export class ModuleMaterialModel {
  @Field(() => ID) id!: string;
  @Field(() => MaterialKind) kind!: 'LINK' | 'FILE';
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'Links: where they point.' }) url!: string | null;
  @Field(() => String, { nullable: true, description: 'Files: where to download them (as an attachment, signed in).' })
  downloadUrl!: string | null;
  @Field(() => String, { nullable: true }) fileName!: string | null;
  @Field(() => String, { nullable: true, description: 'Files: the type found in their bytes.' }) contentType!:
    string | null;
  @Field(() => Int, { nullable: true }) sizeBytes!: number | null;
}

@ObjectType('Module', { description: 'A module as one version of it: the published one, or a draft for its editors.' })
export class ModuleModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) editionId!: string;
  @Field(() => ModuleKind) kind!: Kind;
  @Field(() => Int, { nullable: true, description: 'Joint modules: 1..3.' }) number!: number | null;
  @Field(() => String, { nullable: true, description: 'National modules: the country.' }) countryCode!: string | null;
  @Field() code!: string;
  @Field(() => ID, { description: 'The id of the version shown.' }) versionId!: string;
  @Field(() => Int, { description: 'The number of the version shown.' }) version!: number;
  @Field(() => ModuleVersionStatus) status!: VStatus;
  @Field({ description: 'The language the texts were asked for.' }) language!: string;
  @Field() title!: string;
  @Field({ description: 'True when the title is shown in English because the asked language has none.' })
  titleIsFallback!: boolean;
  @Field() summary!: string;
  @Field() summaryIsFallback!: boolean;
  @Field(() => [String]) learningOutcomes!: string[];
  @Field() learningOutcomesIsFallback!: boolean;
  @Field(() => Float) contactHours!: number;
  @Field(() => Float) selfStudyHours!: number;
  @Field(() => DeliveryMode) deliveryMode!: Delivery;
  @Field(() => [ModuleMaterialModel]) materials!: ModuleMaterialModel[];
  @Field(() => [ModuleTextModel], { description: 'Every language the version has texts in (for editing).' })
  texts!: ModuleTextModel[];
  @Field(() => String, { nullable: true }) changeReason!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Int, { description: 'Send this back when saving or publishing (optimistic locking).' })
  lockVersion!: number;
  @Field({ description: 'Whether the viewer may edit this module.' }) canEdit!: boolean;
  @Field(() => Int, { nullable: true, description: 'Editors: the number of the draft in progress, if any.' })
  draftVersion!: number | null;
  @Field(() => Int, { nullable: true }) publishedVersion!: number | null;
}

@ObjectType('FieldChange', { description: 'One field that differs from the previous version.' })
export class FieldChangeModel {
  @Field({ description: 'e.g. "title.lv", "contactHours", "learningOutcomes.en".' }) field!: string;
  @Field(() => String, { nullable: true }) before!: string | null;
  @Field(() => String, { nullable: true }) after!: string | null;
}

@ObjectType('ModuleVersionHistory')
export class ModuleVersionHistoryModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ModuleVersionStatus) status!: VStatus;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => String, { nullable: true }) changeReason!: string | null;
  @Field(() => [FieldChangeModel], { description: 'What changed compared with the version before.' })
  changes!: FieldChangeModel[];
}
