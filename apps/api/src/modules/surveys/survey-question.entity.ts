import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { QuestionOption, QuestionType, SurveyText } from './survey-definitions';
import { Survey } from './survey.entity';

/** One question (or section heading) of a survey, in order; `show_if_*` names an earlier question and value. */
@Entity()
@Index('uq_survey_question_code', ['surveyId', 'code'], { unique: true })
@Check('ck_survey_question_type', `type IN ('SECTION','LIKERT_5','SCALE_0_10','SINGLE','MULTI','TEXT')`)
@Check('ck_survey_question_show_if', '(show_if_question_id IS NULL) = (show_if_value IS NULL)')
export class SurveyQuestion {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  @Column({ type: 'int' })
  position!: number;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  type!: QuestionType;

  @Column({ type: 'jsonb' })
  text!: SurveyText;

  @Column({ type: 'boolean', default: false })
  required!: boolean;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  options!: QuestionOption[];

  @Column({ type: 'boolean', default: false })
  notApplicable!: boolean;

  @Column({ type: 'boolean', default: false })
  allowOther!: boolean;

  @Column({ type: 'boolean', default: false })
  long!: boolean;

  @Column({ type: 'uuid', nullable: true })
  showIfQuestionId!: string | null;

  @ManyToOne(() => SurveyQuestion, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'show_if_question_id' })
  showIfQuestion?: SurveyQuestion;

  @Column({ type: 'text', nullable: true })
  showIfValue!: string | null;

  /** A question the session's trainer added of their own (T1..T3): marked in the results, never compared. */
  @Column({ type: 'boolean', default: false })
  byTrainer!: boolean;
}
