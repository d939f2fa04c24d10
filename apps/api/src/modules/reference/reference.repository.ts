import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Country } from './country.entity';

@Injectable()
export class ReferenceRepository {
  /** Programme countries first, then by code. */
  countries(db: EntityManager, programmeOnly: boolean): Promise<Country[]> {
    return db.getRepository(Country).find({
      where: programmeOnly ? { programmeCountry: true } : {},
      order: { programmeCountry: 'DESC', code: 'ASC' },
    });
  }
}
