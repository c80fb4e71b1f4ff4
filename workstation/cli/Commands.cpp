#include "CliContext.h"

namespace pc::cli {

int runIdCommand(CliContext& ctx);
int runDbCommand(CliContext& ctx);
int runDemoCommand(CliContext& ctx);
int runDevicesCommand(CliContext& ctx);
int runRenderCommand(CliContext& ctx);
int runTariffCommand(CliContext& ctx);
int runSyncCommand(CliContext& ctx);
int runJournalCommand(CliContext& ctx);
int runTrackCommand(CliContext& ctx);
int runPrintersCommand(CliContext& ctx);
int runPrintCommand(CliContext& ctx);
int runOperatorCommand(CliContext& ctx);
int runShiftCommand(CliContext& ctx);
int runReportCommand(CliContext& ctx);
int runAcceptCommand(CliContext& ctx);
int runImportListCommand(CliContext& ctx);
int runBusinessListCommand(CliContext& ctx);
int runVoidCommand(CliContext& ctx);
int runPostcodesCommand(CliContext& ctx);
int runArriveCommand(CliContext& ctx);
int runIssueCommand(CliContext& ctx);
int runStorageCommand(CliContext& ctx);
int runPrefillCommand(CliContext& ctx);
int runReturnsCommand(CliContext& ctx);
int runSetupCommand(CliContext& ctx);
int runClaimCommand(CliContext& ctx);
int runPhoneSendCommand(CliContext& ctx);

const QList<CliCommand>& commands()
{
    static const QList<CliCommand> table = {
        {"id", "id check [--json] ID... | id next [--kind rpo14|s10 --service R]", runIdCommand},
        {"db", "db migrate|info|copy", runDbCommand},
        {"sync",
         "sync run [--once] [--endpoint URL --token T] | status [--json] | parked [--json] | retry ID|--all",
         runSyncCommand},
        {"journal",
         "journal verify [--json] | export --from DATE --to DATE --format json|emsevt-xml [--out FILE]",
         runJournalCommand},
        {"track", "track ID [--json] [--endpoint URL --token T]   (history of an item, here and network)",
         runTrackCommand},
        {"devices",
         "devices list [--json] | watch [--json] [--sim] | decode --protocol P --hex BYTES [--json] | "
         "udev-rules",
         runDevicesCommand},
        {"demo", "demo --out DIR   (run the scripted counter shift headless)", runDemoCommand},
        {"render",
         "render FORM --data FILE.json --format pdf|png|zpl|tspl|escpos [--dpi N] --out FILE | render --list",
         runRenderCommand},
        {"tariff", "tariff quote JSON|- | import FILE [--json] | versions [--json]", runTariffCommand},
        {"printers", "printers list [--json] | status NAME [--json]   [--server HOST:PORT]",
         runPrintersCommand},
        {"print", "print --printer NAME --language pdf|zpl|tspl|escpos|raster FILE [--copies N] [--media M]",
         runPrintCommand},
        {"operator",
         "operator add --id ID --name N --role admin|supervisor|operator [--password P] | list [--json] | "
         "unlock ID | passwd ID",
         runOperatorCommand},
        {"shift",
         "shift open --operator ID --float AMOUNT | close --counted AMOUNT [--reason R --supervisor ID] | "
         "status [--json] | cash-in|cash-out --amount A --reason R",
         runShiftCommand},
        {"report",
         "report shift [--id N] | day [--date D] [--close] | period --from D --to D   "
         "[--json | --csv FILE | --pdf FILE] [--vat PERCENT]",
         runReportCommand},
        {"accept",
         "accept --item FILE.json [--item …] [--pay cash[:AMOUNT]|card|contract] [--contract N] "
         "[--confirm-weight] "
         "[--documents DIR] [--to-phone +7… --to-name NAME] [--json]",
         runAcceptCommand},
        {"import-list", "import-list FILE [--client NAME] [--inn INN] [--contract N] [--json]",
         runImportListCommand},
        {"business-list", "business-list open [--json] | show ID [--json] | close ID [--allow-missing]",
         runBusinessListCommand},
        {"void", "void ITEM --reason TEXT --supervisor ID [--supervisor-password P] [--senders-request]",
         runVoidCommand},
        {"postcodes", "postcodes lookup POSTCODE | import FILE | search PREFIX [--limit N]",
         runPostcodesCommand},
        {"setup",
         "setup --office POSTCODE --office-name NAME --counter N [--range SPEC]... [--tracking-url URL] "
         "[--printer ROLE=QUEUE[:LANG]]...",
         runSetupCommand},
        {"prefill", "prefill make FILE.json [--days N] [--png OUT.png] | check PAYLOAD|-", runPrefillCommand},
        {"returns", "returns import FILE [--json] | show CODE [--json] | day [--date YYYY-MM-DD] [--json]",
         runReturnsCommand},
        {"phone-send",
         "phone-send address ITEM --postcode NNNNNN [--address TEXT] [--json] | show ITEM [--json]",
         runPhoneSendCommand},
        {"arrive", "arrive ID... [--place P] [--weight G] [--object CODE] [--holding H] [--json]",
         runArriveCommand},
        {"storage",
         "storage expiring [--date D] [--json] | remind [--date D] [--days N] | find TEXT [--json] | extend "
         "ID --days N [--sender] | "
         "return-expired [--date D] | calendar [list | set DAY working|holiday | remove DAY]",
         runStorageCommand},
        {"issue",
         "issue ID... (--id-doc T:N:D | --poa ... --rep-doc ... | --sms-code C) [--pay cash|card] [--json] | "
         "issue ID --send-sms | --refuse R | --failed 12.N | issue due ID...",
         runIssueCommand},
        {"claim",
         "claim open ITEM --by sender|recipient --name N [--phone P] [--value RUB] [--contents T] "
         "[--accepted DATE] [--json] | answer NUMBER --text T | close NUMBER --outcome "
         "found|returned|lost|rejected [--compensation RUB] | show NUMBER [--json] | list [--open|--overdue] "
         "[--json]",
         runClaimCommand},
    };
    return table;
}

} // namespace pc::cli
