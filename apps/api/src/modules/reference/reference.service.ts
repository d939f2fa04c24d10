import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { CountryModel } from './country.model';
import { ReferenceRepository } from './reference.repository';

@Injectable()
export class ReferenceService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly reference: ReferenceRepository,
  ) {}

  async countries(programmeOnly: boolean): Promise<CountryModel[]> {
    const rows = await this.reference.countries(this.db.manager, programmeOnly);
    return rows.map((c) => ({ code: c.code, programmeCountry: c.programmeCountry }));
  }
}
