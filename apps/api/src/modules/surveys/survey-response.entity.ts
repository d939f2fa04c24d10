import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Survey } from './survey.entity';

/**
 * A submitted response. Deliberately without a person, a token or a time finer than a day: in an
 * ANONYMOUS survey nothing in this row links it to whoever sent it (the id is random, not ordered).
 * `country_code`, `side` and `language` are the group it counts in (k-anonymous results filter by them).
 */
@Entity()
@Index('ix_survey_response_survey', ['surveyId', 'countryCode', 'side'])
export class SurveyResponse {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id' })
  survey?: Survey;

  @Column({ type: 'date' })
  submittedOn!: string;

  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'text', nullable: true })
  countryCode!: string | null;

  @Column({ type: 'text', nullable: true })
  side!: string | null;
}

/** Who sent a response, kept only for CONFIDENTIAL and NAMED surveys (never for ANONYMOUS ones). */
@Entity()
@Index('ix_survey_response_link_person', ['personId'])
export class SurveyResponseLink {
  @PrimaryColumn({ type: 'uuid' })
  responseId!: string;

  @ManyToOne(() => SurveyResponse, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'response_id' })
  response?: SurveyResponse;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Person;
}
