import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Person } from '../modules/people/person.entity';

/**
 * One uploaded file: its bytes live in the storage driver under `storageKey`; this row says what
 * they are (type sniffed from the bytes), who uploaded them and what they belong to, which is what
 * decides who may download them.
 */
@Entity()
@Index('ix_stored_file_owner', ['ownerType', 'ownerId'])
@Check('ck_stored_file_size', 'size_bytes >= 0')
export class StoredFile {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('uq_stored_file_key', { unique: true })
  @Column({ type: 'text' })
  storageKey!: string;

  /** 'Module' for module materials; later issues add other owners. */
  @Column({ type: 'text' })
  ownerType!: string;

  @Column({ type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'text' })
  fileName!: string;

  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'bigint', transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  sizeBytes!: number;

  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedById!: string | null;

  @ManyToOne(() => Person, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'uploaded_by_id' })
  uploadedBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
