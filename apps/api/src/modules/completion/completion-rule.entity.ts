import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Person } from '../people/person.entity';
import { Edition } from '../programmes/edition.entity';

export const ASSIGNMENT_RULE_MODES = ['NONE', 'ATTENDED_MODULES', 'ALL', 'AT_LEAST'] as const;
export type AssignmentRuleMode = (typeof ASSIGNMENT_RULE_MODES)[number];
export const RULE_ROUND_KINDS = ['BASELINE', 'AFTER_MODULE', 'FINAL'] as const;
export type RuleRoundKind = (typeof RULE_ROUND_KINDS)[number];

/**
 * What "trained" means in one edition (DESIGN: CompletionRule). Typed columns rather than a JSON
 * document: the database checks every condition, and the completion SQL reads them as parameters.
 * The self-assessment round is named by kind and module number, not by id, so the rule can be set
 * before the round exists and survives a round being re-created.
 */
@Entity()
@Check('ck_completion_rule_joint', `min_joint_modules BETWEEN 0 AND 3 AND required_joint_numbers <@ ARRAY[1,2,3]`)
@Check('ck_completion_rule_hours', `min_national_hours >= 0 AND min_national_hours <= 1000`)
@Check(
  'ck_completion_rule_round',
  `(self_assessment_kind IS NULL AND self_assessment_module_number IS NULL)
   OR (self_assessment_kind = 'AFTER_MODULE' AND self_assessment_module_number BETWEEN 1 AND 3)
   OR (self_assessment_kind IN ('BASELINE','FINAL') AND self_assessment_module_number IS NULL)`,
)
@Check(
  'ck_completion_rule_assignments',
  `(assignments_mode = 'AT_LEAST' AND min_accepted_assignments >= 1) OR (assignments_mode IN ('NONE','ATTENDED_MODULES','ALL') AND min_accepted_assignments = 0)`,
)
@Check('ck_completion_rule_revision', `revision >= 1`)
export class CompletionRule {
  @PrimaryColumn({ type: 'uuid' })
  editionId!: string;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id' })
  edition?: Edition;

  /** Joint modules that each must be attended (e.g. {1}, or {1,2,3} for "all three"). */
  @Column({ type: 'int', array: true, default: () => "'{}'" })
  requiredJointNumbers!: number[];

  /** At least this many distinct joint modules attended ("n of 3"); 0 for no such condition. */
  @Column({ type: 'int', default: 0 })
  minJointModules!: number;

  /** Contact hours of national sessions attended (PRESENT), at least. */
  @Column({ type: 'numeric', precision: 6, scale: 2, default: 0 })
  minNationalHours!: string;

  @Column({ type: 'text', nullable: true })
  selfAssessmentKind!: RuleRoundKind | null;

  @Column({ type: 'int', nullable: true })
  selfAssessmentModuleNumber!: number | null;

  @Column({ type: 'text', default: 'NONE' })
  assignmentsMode!: AssignmentRuleMode;

  @Column({ type: 'int', default: 0 })
  minAcceptedAssignments!: number;

  /** Bumped on every change; each status change records the revision it was computed under. */
  @Column({ type: 'int', default: 1 })
  revision!: number;

  @Column({ type: 'uuid', nullable: true })
  updatedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'updated_by_id' })
  updatedBy?: Person;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;

  /** When the completion table was last recomputed for the whole edition (freshness shown in the UI). */
  @Column({ type: 'timestamptz', nullable: true })
  refreshedAt!: Date | null;

  /** A digest of the facts' row counts and latest changes at the last job run: an unchanged digest skips the recompute. */
  @Column({ type: 'text', nullable: true })
  factsFingerprint!: string | null;
}
