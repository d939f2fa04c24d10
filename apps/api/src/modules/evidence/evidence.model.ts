import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ACTION_STATUSES, CITATION_KINDS, EVIDENCE_STATUSES, FINDING_PRIORITIES } from './evidence.entity';

const enumOf = <T extends readonly string[]>(values: T) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };

export const EvidenceStatusEnum = enumOf(EVIDENCE_STATUSES);
export const FindingPriorityEnum = enumOf(FINDING_PRIORITIES);
export const CitationKindEnum = enumOf(CITATION_KINDS);
export const ImprovementActionStatusEnum = enumOf(ACTION_STATUSES);
registerEnumType(EvidenceStatusEnum, { name: 'EvidenceStatus', description: 'DRAFT, then PUBLISHED.' });
registerEnumType(FindingPriorityEnum, { name: 'FindingPriority' });
registerEnumType(CitationKindEnum, {
  name: 'CitationKind',
  description:
    'SURVEY_RESULT (a survey question’s result for a group), COMPETENCE_AGGREGATE, FIGURE (a cockpit figure), QUOTE (a free-text answer of a group of 10 or more in a quotable survey).',
});
registerEnumType(ImprovementActionStatusEnum, {
  name: 'ImprovementActionStatus',
  description: 'PROPOSED → AGREED → DONE (in a module version) → CHECKED (before and after).',
});

@ObjectType('EvidenceValueCount')
export class EvidenceValueCountModel {
  @Field() value!: string;
  @Field() label!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('EvidenceSnapshot', {
  description: 'The numbers as they were when cited, with their counts; never recomputed.',
})
export class EvidenceSnapshotModel {
  @Field({ description: 'What was cited, in English (survey · question · group).' }) label!: string;
  @Field(() => Int, { description: 'The size of the group the numbers come from.' }) groupSize!: number;
  @Field(() => Date) takenAt!: Date;
  @Field(() => String, { nullable: true }) question!: string | null;
  @Field(() => String, { nullable: true }) countryCode!: string | null;
  @Field(() => String, { nullable: true }) side!: string | null;
  @Field(() => Float, { nullable: true, description: 'Mean answer, mean level, or the figure’s value.' })
  value!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean change since the baseline (competence aggregates).' })
  change!: number | null;
  @Field(() => Int, { nullable: true, description: 'How many have both rounds (competence aggregates).' })
  changeCount!: number | null;
  @Field(() => String, { nullable: true }) quote!: string | null;
  @Field(() => [EvidenceValueCountModel]) distribution!: EvidenceValueCountModel[];
  @Field({ description: 'The whole snapshot as JSON.' }) json!: string;
}

@ObjectType('Citation', { description: 'One piece of evidence of a finding.' })
export class CitationModel {
  @Field(() => ID) id!: string;
  @Field(() => CitationKindEnum) kind!: string;
  @Field(() => EvidenceSnapshotModel) snapshot!: EvidenceSnapshotModel;
  @Field(() => Date) citedAt!: Date;
}

@ObjectType('FindingComment')
export class FindingCommentModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true }) authorName!: string | null;
  @Field() text!: string;
  @Field(() => Date) createdAt!: Date;
}

@ObjectType('EvidenceModule')
export class EvidenceModuleModel {
  @Field(() => ID) id!: string;
  @Field() code!: string;
}

@ObjectType('Finding', { description: 'What an interim analysis found, with its cited evidence.' })
export class FindingModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) analysisId!: string;
  @Field(() => EvidenceStatusEnum) status!: string;
  @Field({ description: 'As written (in `language`).' }) statement!: string;
  @Field() language!: string;
  @Field(() => [FindingTranslationModel], {
    description: 'The statement in other languages (a reader of one of them reads it; the others read the original).',
  })
  translations!: FindingTranslationModel[];
  @Field(() => FindingPriorityEnum) priority!: string;
  @Field(() => [EvidenceModuleModel]) modules!: EvidenceModuleModel[];
  @Field(() => [String], { description: 'The countries concerned; empty: all of them.' }) countryCodes!: string[];
  @Field(() => [CitationModel]) citations!: CitationModel[];
  @Field(() => [FindingCommentModel], { description: 'Comments on the draft (for those who read drafts).' })
  comments!: FindingCommentModel[];
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Int, { description: 'Send it back with an edit; a stale one gets STALE_WRITE.' }) lockVersion!: number;
  @Field() canEdit!: boolean;
  @Field() canComment!: boolean;
}

@ObjectType('FindingTranslation')
export class FindingTranslationModel {
  @Field() language!: string;
  @Field() statement!: string;
}

@ObjectType('ImprovementModuleVersion')
export class ImprovementModuleVersionModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) version!: number;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
}

@ObjectType('ImprovementActionFinding')
export class ImprovementActionFindingModel {
  @Field(() => ID) id!: string;
  @Field() statement!: string;
  @Field(() => EvidenceStatusEnum) status!: string;
}

@ObjectType('ImprovementAction', { description: 'What changes because of findings, and in which module version.' })
export class ImprovementActionModel {
  @Field(() => ID) id!: string;
  @Field(() => ImprovementActionStatusEnum) status!: string;
  @Field({ description: 'What will change.' }) change!: string;
  @Field() owner!: string;
  @Field(() => String, { nullable: true }) dueOn!: string | null;
  @Field(() => EvidenceModuleModel) module!: EvidenceModuleModel;
  @Field(() => ImprovementModuleVersionModel, { nullable: true, description: 'Set once DONE.' })
  moduleVersion!: ImprovementModuleVersionModel | null;
  @Field(() => [ImprovementActionFindingModel]) findings!: ImprovementActionFindingModel[];
  @Field(() => String, { nullable: true }) checkNote!: string | null;
  @Field(() => EvidenceSnapshotModel, { nullable: true }) checkBefore!: EvidenceSnapshotModel | null;
  @Field(() => EvidenceSnapshotModel, { nullable: true }) checkAfter!: EvidenceSnapshotModel | null;
  @Field(() => Int) lockVersion!: number;
}

@ObjectType('InterimAnalysis')
export class InterimAnalysisModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) editionId!: string;
  @Field() phaseKind!: string;
  @Field() title!: string;
  @Field() periodStart!: string;
  @Field() periodEnd!: string;
  @Field(() => EvidenceStatusEnum) status!: string;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
}

@ObjectType('YouSaidWeDid', {
  description: 'For every participant: the published findings with their evidence, and the actions that answer them.',
})
export class YouSaidWeDidModel {
  @Field(() => ID, { nullable: true }) editionId!: string | null;
  @Field(() => [InterimAnalysisModel]) analyses!: InterimAnalysisModel[];
  @Field(() => [FindingModel]) findings!: FindingModel[];
  @Field(() => [ImprovementActionModel]) actions!: ImprovementActionModel[];
}
