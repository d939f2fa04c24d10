import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Survey } from './survey.entity';

/**
 * A respondent's answers while they are still answering: the person's own, kept apart from the
 * responses, without any time (an ANONYMOUS response must not be matched to it by a moment), and
 * deleted in the transaction that turns it into the response.
 */
@Entity()
@Index('ix_survey_draft_person', ['personId'])
export class SurveyDraft {
  @PrimaryColumn({ type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;

  /** The answers as sent: `[{ questionId, value }]` (MULTI: one per chosen option). */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  answers!: { questionId: string; value: string }[];
}
