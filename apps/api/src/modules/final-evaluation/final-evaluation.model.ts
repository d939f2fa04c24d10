import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { ImprovementActionModel } from '../evidence/evidence.model';
import { TutorSide } from '../people/tutor.model';
import { SurveyResultsModel } from '../surveys/survey.model';

@ObjectType('FinalEvaluationArea')
export class FinalEvaluationAreaModel {
  @Field() code!: string;
  @Field({ description: 'In the reader’s language.' }) title!: string;
}

@ObjectType('CompetenceChangeCell', {
  description:
    'Paired change baseline → final of one competence area in one group (country × side; null: all). Only tutors with both rounds; suppressed under 5, with complementary cells.',
})
export class CompetenceChangeCellModel {
  @Field() areaCode!: string;
  @Field(() => String, { nullable: true }) countryCode!: string | null;
  @Field(() => TutorSide, { nullable: true }) side!: 'SCHOOL' | 'COMPANY' | null;
  @Field() suppressed!: boolean;
  @Field(() => Int, { nullable: true, description: 'Tutors with both rounds.' }) n!: number | null;
  @Field(() => Float, { nullable: true }) meanBaseline!: number | null;
  @Field(() => Float, { nullable: true }) meanFinal!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean of the per-tutor changes (levels).' })
  meanChange!: number | null;
  @Field(() => Float, { nullable: true, description: 'Lower bound of the 95 % interval (t distribution).' })
  ciLow!: number | null;
  @Field(() => Float, { nullable: true, description: 'Upper bound of the 95 % interval.' }) ciHigh!: number | null;
  @Field(() => Float, { nullable: true, description: 'Standard deviation of the changes.' }) sd!: number | null;
  @Field(() => Float, { nullable: true, description: 'Cohen’s d_z: mean change ÷ its standard deviation.' })
  effectSize!: number | null;
}

@ObjectType('ModuleSatisfactionCell', {
  description:
    'The overall question of the FEEDBACK surveys of one joint module: per version (null: all) and country (null: all); suppressed under 5, with complementary cells.',
})
export class ModuleSatisfactionCellModel {
  @Field(() => ID) moduleId!: string;
  @Field() moduleCode!: string;
  @Field(() => Int) jointNumber!: number;
  @Field(() => Int, { nullable: true }) moduleVersion!: number | null;
  @Field(() => String, { nullable: true }) countryCode!: string | null;
  @Field() suppressed!: boolean;
  @Field(() => Int, { nullable: true }) count!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean answer (0–10).' }) mean!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share answering 9 or 10.' }) shareHigh!: number | null;
  @Field(() => Float, { nullable: true, description: 'Share answering 0 to 6.' }) shareLow!: number | null;
}

@ObjectType('FinalCompletionCell')
export class FinalCompletionCellModel {
  @Field() countryCode!: string;
  @Field(() => TutorSide) side!: 'SCHOOL' | 'COMPANY';
  @Field(() => Int, { description: 'Not withdrawn.' }) registered!: number;
  @Field(() => Int) trained!: number;
  @Field(() => Int, { nullable: true, description: 'The cell’s share of the target; null without both splits.' })
  target!: number | null;
}

@ObjectType('FinalCompletion', { description: 'Trained against the target (800), split by country and side.' })
export class FinalCompletionModel {
  @Field(() => Int, { nullable: true, description: 'The target of the viewer’s scope (null: no split for it).' })
  target!: number | null;
  @Field(() => Int) trained!: number;
  @Field(() => Int) registered!: number;
  @Field(() => [FinalCompletionCellModel]) cells!: FinalCompletionCellModel[];
}

@ObjectType('FinalEvaluation', {
  description: 'The final evaluation report of an edition, in the viewer’s scope; the PDF prints these numbers.',
})
export class FinalEvaluationModel {
  @Field(() => ID) editionId!: string;
  @Field() editionName!: string;
  @Field({ description: 'ALL or COUNTRY.' }) scope!: 'ALL' | 'COUNTRY';
  @Field(() => [String], { description: 'The countries shown.' }) countryCodes!: string[];
  @Field(() => Int) minGroupSize!: number;
  @Field({ description: 'The language of the texts (areas, questions).' }) language!: string;
  @Field(() => Date) computedAt!: Date;
  @Field(() => [FinalEvaluationAreaModel]) competenceAreas!: FinalEvaluationAreaModel[];
  @Field(() => [CompetenceChangeCellModel]) competenceChange!: CompetenceChangeCellModel[];
  @Field({ description: 'The code of the question satisfaction is read from.' }) satisfactionQuestionCode!: string;
  @Field(() => String, { nullable: true, description: 'Its text, in the reader’s language.' })
  satisfactionQuestion!: string | null;
  @Field(() => [ModuleSatisfactionCellModel]) satisfaction!: ModuleSatisfactionCellModel[];
  @Field(() => FinalCompletionModel) completion!: FinalCompletionModel;
  @Field(() => [ImprovementActionModel], { description: 'Actions of published findings, with their checks.' })
  improvementActions!: ImprovementActionModel[];
  @Field(() => [SurveyResultsModel], {
    description: 'The final-evaluation survey’s results: one for all countries, or one per country in scope.',
  })
  finalSurveyResults!: SurveyResultsModel[];
}
