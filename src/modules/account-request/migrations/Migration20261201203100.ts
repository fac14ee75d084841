import { Migration } from "@medusajs/framework/mikro-orm/migrations";
import { dropTrigramIndexStatements, trigramIndexStatements } from "../../../lib/trigram-search";

const SEARCHED = ["company_name", "vat_number", "registration_number", "email"];

// Hand-written: the model cannot declare a trigram index, so the snapshot leaves it out.
export class Migration20261201203100 extends Migration {

  override async up(): Promise<void> {
    for (const statement of trigramIndexStatements("organization_account_request", SEARCHED)) this.addSql(statement);
  }

  override async down(): Promise<void> {
    for (const statement of dropTrigramIndexStatements("organization_account_request", SEARCHED)) this.addSql(statement);
  }

}
