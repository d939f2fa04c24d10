import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Country } from './country.entity';
import type { CountryModel } from './country.model';

@Injectable()
export class ReferenceService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async countries(programmeOnly: boolean): Promise<CountryModel[]> {
    const rows = await this.db.getRepository(Country).find({
      where: programmeOnly ? { programmeCountry: true } : {},
      order: { programmeCountry: 'DESC', code: 'ASC' },
    });
    return rows.map((c) => ({ code: c.code, programmeCountry: c.programmeCountry }));
  }
}
