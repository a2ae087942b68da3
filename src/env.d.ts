declare namespace App {
  interface Locals {
    /** The FAQ file an article page renders, so the writer components can name it in messages. */
    faqFile?: string;
  }
}
