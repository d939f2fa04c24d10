import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When the owner of an account was last told by e-mail that sign-ins to it are being slowed down (at most daily). */
@Entity()
export class SignInAlert {
  @PrimaryColumn({ type: 'text' })
  email!: string;

  @Column({ type: 'timestamptz' })
  sentAt!: Date;
}
