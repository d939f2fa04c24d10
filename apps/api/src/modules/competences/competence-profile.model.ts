import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { PROFILE_STATUSES } from './competence-profile.entity';
import type { ProfileStatus as Status } from './competence-profile.entity';

export const ProfileStatus = Object.fromEntries(PROFILE_STATUSES.map((s) => [s, s])) as { [K in Status]: K };
registerEnumType(ProfileStatus, {
  name: 'CompetenceProfileStatus',
  description:
    'DRAFT: ADMIN edits it; PUBLISHED: in use, read-only; RETIRED: replaced by a newer version, kept for past rounds.',
});

@ObjectType('CompetenceText', {
  description: 'The texts of a competence (or area) in one language, for editors, translators and exports.',
})
export class CompetenceTextModel {
  @Field() language!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => [String], { description: 'One descriptor per level (competences only; empty for areas).' })
  levels!: string[];
}

@ObjectType('Competence')
export class CompetenceModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field({ description: 'In the viewer’s language, else English.' }) title!: string;
  @Field() description!: string;
  @Field(() => [String], {
    description: 'Descriptor of each level 1..scaleLevels, in the viewer’s language, else English.',
  })
  levels!: string[];
  @Field() areaCode!: string;
  @Field(() => [CompetenceTextModel]) texts!: CompetenceTextModel[];
  @Field(() => [String], {
    description: 'Languages of the edition set whose title, description or level descriptors are missing.',
  })
  missingLanguages!: string[];
}

@ObjectType('CompetenceArea')
export class CompetenceAreaModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => [CompetenceTextModel]) texts!: CompetenceTextModel[];
  @Field(() => [String]) missingLanguages!: string[];
  @Field(() => [CompetenceModel]) competences!: CompetenceModel[];
}

@ObjectType('CompetenceProfile', { description: 'One version of the joint Baltic competence profile of a WBL tutor.' })
export class CompetenceProfileModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ProfileStatus) status!: Status;
  @Field(() => Int, { description: 'Levels run from 1 to this number.' }) scaleLevels!: number;
  @Field(() => [String], { description: 'Names of the levels in the viewer’s language, else English.' })
  levelNames!: string[];
  @Field(() => [CompetenceTextModel], {
    description: 'The level names in every language (levels = the names), for editors.',
  })
  levelNameTexts!: CompetenceTextModel[];
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => [CompetenceAreaModel]) areas!: CompetenceAreaModel[];
  @Field({ description: 'ADMIN and a DRAFT.' }) canEdit!: boolean;
}

@ObjectType('CompetenceProfileSummary')
export class CompetenceProfileSummaryModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => ProfileStatus) status!: Status;
  @Field(() => Int) competenceCount!: number;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
}

@ObjectType('ModuleCompetences', { description: 'The competences of the published profile a module develops.' })
export class ModuleCompetencesModel {
  @Field(() => ID) moduleId!: string;
  @Field({
    description: 'The viewer edits the module (ADMIN for joint modules, the country’s COORDINATOR for national ones).',
  })
  canEdit!: boolean;
  @Field(() => [CompetenceModel], { description: 'Linked competences, in profile order.' })
  competences!: CompetenceModel[];
}
