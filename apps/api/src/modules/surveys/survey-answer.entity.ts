import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SurveyQuestion } from './survey-question.entity';
import { SurveyResponse } from './survey-response.entity';

/**
 * One answer of a response: the option code, the number (also in `number` for aggregates), `NA`, or
 * the text. A MULTI question has one row per chosen option (`other:<text>` for an answer of one's own).
 */
@Entity()
@Index('uq_survey_answer_value', ['responseId', 'questionId', 'value'], { unique: true })
@Index('ix_survey_answer_question', ['questionId'])
// Free texts are shown in md5 order (unrelated to when they were sent): an expression index in the migration.
@Index('ix_survey_answer_text_order', { synchronize: false })
export class SurveyAnswer {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  responseId!: string;

  @ManyToOne(() => SurveyResponse, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: SurveyResponse;

  @Column({ type: 'uuid' })
  questionId!: string;

  @ManyToOne(() => SurveyQuestion, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'question_id' })
  question?: SurveyQuestion;

  @Column({ type: 'text' })
  value!: string;

  @Column({ type: 'smallint', nullable: true })
  number!: number | null;
}
