import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SurveyQuestion } from './survey-question.entity';

/*
 * Running counts of a survey's answers per question and group (country × side), kept by statement
 * triggers on survey_answer (migration AddSurveyTallies), so that the k-anonymous results read a
 * few hundred rows instead of every answer (bench:surveys: 200,000 answers). Every write of answers
 * (a submission, an edit, an erasure, a COPY of the benchmark) goes through the triggers, so the
 * counts cannot drift from the answers. No person, time or response is in them: counts only.
 * A missing country or side is '' (a key column cannot be NULL); the repository reads it as NULL.
 */

/** How many responses answered a question, per group. */
@Entity()
export class SurveyQuestionTally {
  @PrimaryColumn({ type: 'uuid' })
  surveyId!: string;

  @PrimaryColumn({ type: 'uuid' })
  questionId!: string;

  @ManyToOne(() => SurveyQuestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: SurveyQuestion;

  @PrimaryColumn({ type: 'text' })
  countryCode!: string;

  @PrimaryColumn({ type: 'text' })
  side!: string;

  @Column({ type: 'int' })
  responses!: number;
}

/** How many answers gave each value of a (non-text) question, per group; `other:…` counts as OTHER. */
@Entity()
export class SurveyValueTally {
  @PrimaryColumn({ type: 'uuid' })
  surveyId!: string;

  @PrimaryColumn({ type: 'uuid' })
  questionId!: string;

  @ManyToOne(() => SurveyQuestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: SurveyQuestion;

  @PrimaryColumn({ type: 'text' })
  countryCode!: string;

  @PrimaryColumn({ type: 'text' })
  side!: string;

  @PrimaryColumn({ type: 'text' })
  value!: string;

  @Column({ type: 'smallint', nullable: true })
  number!: number | null;

  @Column({ type: 'int' })
  answers!: number;
}
