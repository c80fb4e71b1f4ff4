<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Acceptance</name>
    <message>
        <source>Put the item on the scale or enter its weight.</source>
        <translation>Положите отправление на весы или введите вес.</translation>
    </message>
</context>
<context>
    <name>AddressBook</name>
    <message>
        <source>An address book entry needs a name and a postcode or settlement.</source>
        <translation>Для записи адресной книги нужны имя и индекс или населённый пункт.</translation>
    </message>
</context>
<context>
    <name>AppConfig</name>
    <message>
        <source>Cannot read the configuration file %1.</source>
        <translation>Не удаётся прочитать файл настроек %1.</translation>
    </message>
    <message>
        <source>The configuration file %1 is malformed; fix it or move it away to start with defaults.</source>
        <translation>Файл настроек %1 повреждён: исправьте его или уберите, чтобы запуститься с настройками по умолчанию.</translation>
    </message>
    <message>
        <source>%1: office/utc_offset_min must be minutes between -720 and 840.</source>
        <translation>%1: office/utc_offset_min — число минут от -720 до 840.</translation>
    </message>
    <message>
        <source>%1: office/postcode must be 6 digits, not &quot;%2&quot;.</source>
        <translation>%1: office/postcode — 6 цифр, а не «%2».</translation>
    </message>
    <message>
        <source>%1: counter/id must not be empty.</source>
        <translation>%1: counter/id не может быть пустым.</translation>
    </message>
    <message>
        <source>Cannot write the configuration file %1.</source>
        <translation>Не удаётся записать файл настроек %1.</translation>
    </message>
    <message>
        <source>%1: workstation/lock_after_min must be 0 to 240 minutes.</source>
        <translation>%1: workstation/lock_after_min должно быть от 0 до 240 минут.</translation>
    </message>
    <message>
        <source>%1: storage/extension_fee_per_day_kop must be kopecks, 0 or more.</source>
        <translation>%1: storage/extension_fee_per_day_kop — сумма в копейках, 0 или больше.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, строка %2</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1: %2.</source>
        <translation>Не удаётся прочитать файл настроек %1: %2.</translation>
    </message>
    <message>
        <source>%1, line %2: the configuration file is damaged (binary or non-UTF-8 bytes). Restore it from a backup or run the setup again; nothing was started with default settings.</source>
        <translation>%1, строка %2: файл настроек повреждён (двоичные данные или не UTF-8). Восстановите его из резервной копии или повторите настройку; с настройками по умолчанию ничего не запущено.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a [section] header (the file may be cut short). Fix the line.</source>
        <translation>%1: «%2» — не заголовок [раздела] (возможно, файл обрезан). Исправьте строку.</translation>
    </message>
    <message>
        <source>%1: the section [%2] is not known (a typo?). Known: [database] [office] [counter] [operator] [workstation] [storage] [identifiers] [sync] [devices] [payment] [sms] [personal_data] [printing] [printer.NAME].</source>
        <translation>%1: раздел [%2] неизвестен (опечатка?). Известны: [database] [office] [counter] [operator] [workstation] [storage] [identifiers] [sync] [devices] [payment] [sms] [personal_data] [printing] [printer.NAME].</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not key=value (the file may be cut short). Fix the line.</source>
        <translation>%1: «%2» — не ключ=значение (возможно, файл обрезан). Исправьте строку.</translation>
    </message>
    <message>
        <source>%1: the key %2 is outside any [section]; put it in its section.</source>
        <translation>%1: ключ %2 стоит вне [раздела]; перенесите его в свой раздел.</translation>
    </message>
    <message>
        <source>%1: the key %2 is not known in [%3] (a typo?). Known: %4.</source>
        <translation>%1: ключ %2 неизвестен в разделе [%3] (опечатка?). Известны: %4.</translation>
    </message>
    <message>
        <source>%1: the key %2 is set twice (first on line %3); keep one.</source>
        <translation>%1: ключ %2 задан дважды (впервые в строке %3); оставьте один.</translation>
    </message>
    <message>
        <source>%1: %2 must be true or false, not &quot;%3&quot;.</source>
        <translation>%1: %2 должно быть true или false, а не «%3».</translation>
    </message>
</context>
<context>
    <name>BusinessList</name>
    <message>
        <source>line %1, column %2: a quoted field is never closed.</source>
        <translation>строка %1, столбец %2: кавычки поля не закрыты.</translation>
    </message>
    <message>
        <source>The file is empty: expected a header row and orders.</source>
        <translation>Файл пуст: ожидались строка заголовка и заказы.</translation>
    </message>
    <message>
        <source>This row has %1 cells but the header has %2 columns.</source>
        <translation>В этой строке %1 ячеек, а в заголовке %2 столбцов.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a whole number, not &quot;%2&quot;.</source>
        <translation>«%1» должно быть целым числом, а не «%2».</translation>
    </message>
    <message>
        <source>Country code %1 is not known here: give the two-letter code instead.</source>
        <translation>Код страны %1 здесь неизвестен: укажите двухбуквенный код.</translation>
    </message>
    <message>
        <source>The customs declaration is not a JSON object: %1.</source>
        <translation>Таможенная декларация не является объектом JSON: %1.</translation>
    </message>
    <message>
        <source>Unknown customs entries-type &quot;%1&quot;.</source>
        <translation>Неизвестный entries-type «%1».</translation>
    </message>
    <message>
        <source>&quot;dimension&quot; must be length x width x height in mm, not &quot;%1&quot;.</source>
        <translation>«dimension» — это длина x ширина x высота в мм, а не «%1».</translation>
    </message>
    <message>
        <source>The order has no barcode: the client must assign one.</source>
        <translation>У заказа нет ШПИ: клиент должен его присвоить.</translation>
    </message>
    <message>
        <source>Unknown address-type-to &quot;%1&quot;: use DEFAULT, PO_BOX, DEMAND or UNIT.</source>
        <translation>Неизвестный address-type-to «%1»: используйте DEFAULT, PO_BOX, DEMAND или UNIT.</translation>
    </message>
    <message>
        <source>shelf-life-days is %1: a storage period must be 15 to 60 days.</source>
        <translation>shelf-life-days = %1: срок хранения должен быть от 15 до 60 дней.</translation>
    </message>
    <message>
        <source>mail-type %1 is not accepted at a post-office counter: hand it to the courier service.</source>
        <translation>mail-type %1 не принимается в окне отделения: передайте его курьерской службе.</translation>
    </message>
    <message>
        <source>Unknown mail-type &quot;%1&quot;.</source>
        <translation>Неизвестный mail-type «%1».</translation>
    </message>
    <message>
        <source>Unknown mail-category &quot;%1&quot;.</source>
        <translation>Неизвестная mail-category «%1».</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>The file is JSON but neither an array of orders nor an object with &quot;orders&quot;: [...].</source>
        <translation>Файл в формате JSON, но это не массив заказов и не объект с &quot;orders&quot;: [...].</translation>
    </message>
    <message>
        <source>An order must be a JSON object.</source>
        <translation>Заказ должен быть объектом JSON.</translation>
    </message>
    <message>
        <source>Barcode %1 is already used by the order at line %2.</source>
        <translation>ШПИ %1 уже указан в заказе в строке %2.</translation>
    </message>
</context>
<context>
    <name>BusinessLists</name>
    <message>
        <source>Cannot read the list %1: %2</source>
        <translation>Не удаётся прочитать список %1: %2</translation>
    </message>
    <message>
        <source>Business client (unnamed)</source>
        <translation>Корпоративный клиент (без названия)</translation>
    </message>
    <message>
        <source>%1 is already on an imported list.</source>
        <translation>%1 уже есть в загруженном списке.</translation>
    </message>
    <message>
        <source>%1 has already been scanned and accepted (44.7): put it aside, it must not be accepted twice.</source>
        <translation>%1 уже отсканировано и принято (44.7): отложите его, дважды принимать нельзя.</translation>
    </message>
    <message>
        <source>%1 is not on list %2: accept it separately or return it to the client.</source>
        <translation>%1 нет в списке %2: примите его отдельно или верните клиенту.</translation>
    </message>
    <message>
        <source>%1 is not on any imported list.</source>
        <translation>%1 нет ни в одном загруженном списке.</translation>
    </message>
    <message>
        <source>List %1 is closed: %2 cannot be accepted on it.</source>
        <translation>Список %1 закрыт: %2 по нему принять нельзя.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the list were not presented: %1. Scan them, or close the list without them.</source>
        <translation>
            <numerusform>%n отправление из списка не предъявлено: %1. Отсканируйте его или закройте список без него.</numerusform>
            <numerusform>%n отправления из списка не предъявлены: %1. Отсканируйте их или закройте список без них.</numerusform>
            <numerusform>%n отправлений из списка не предъявлены: %1. Отсканируйте их или закройте список без них.</numerusform>
        </translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Посылки</translation>
    </message>
    <message>
        <source>as listed per item</source>
        <translation>по каждому отправлению в списке</translation>
    </message>
</context>
<context>
    <name>CardCharge</name>
    <message>
        <source>Card terminal</source>
        <translation>Платёжный терминал</translation>
    </message>
    <message>
        <source>the terminal did not answer</source>
        <translation>терминал не ответил</translation>
    </message>
</context>
<context>
    <name>Claims</name>
    <message>
        <source>Claim number %1 was just taken by another counter: open the claim again.</source>
        <translation>Номер заявления %1 только что занят другим окном: откройте заявление заново.</translation>
    </message>
    <message>
        <source>Claim %1 was changed at another counter: look it up again.</source>
        <translation>Заявление %1 изменено в другом окне: найдите его заново.</translation>
    </message>
    <message>
        <source>The acceptance date of the item is not known: type it from the customer&apos;s receipt.</source>
        <translation>Дата приёма отправления неизвестна: введите её с чека клиента.</translation>
    </message>
    <message>
        <source>The acceptance date %1 is after today (%2): check the date on the customer&apos;s receipt.</source>
        <translation>Дата приёма %1 позже сегодняшней (%2): проверьте дату на чеке клиента.</translation>
    </message>
    <message>
        <source>A claim for an item accepted on %1 was due by %2 (%3 months from the day after acceptance); it cannot be accepted now.</source>
        <translation>Заявление на розыск отправления, принятого %1, нужно было подать до %2 (%3 мес. со дня, следующего за днём приёма); сейчас его принять нельзя.</translation>
    </message>
    <message>
        <source>The item was accepted on %1 and may still be on its way: the control period of delivery ends on %2. The claim is accepted all the same.</source>
        <translation>Отправление принято %1 и может быть ещё в пути: контрольный срок доставки истекает %2. Заявление всё равно принимается.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a claim number: it reads like 101000-2026-000042 (office, year, number).</source>
        <translation>«%1» — не номер заявления: он имеет вид 101000-2026-000042 (отделение, год, номер).</translation>
    </message>
    <message>
        <source>Claim numbers start at 000001, not %1.</source>
        <translation>Номера заявлений начинаются с 000001, а не с %1.</translation>
    </message>
    <message>
        <source>Type the answer&apos;s text: what the search found.</source>
        <translation>Введите текст ответа: что показал розыск.</translation>
    </message>
    <message>
        <source>The claim has already been answered; close it with its outcome.</source>
        <translation>Ответ на заявление уже дан; закройте его с указанием результата.</translation>
    </message>
    <message>
        <source>The claim is closed; it cannot be answered.</source>
        <translation>Заявление закрыто; ответить на него нельзя.</translation>
    </message>
    <message>
        <source>The claim is already closed.</source>
        <translation>Заявление уже закрыто.</translation>
    </message>
    <message>
        <source>The claim has no answer yet: record the answer first (only a rejected claim is closed without one).</source>
        <translation>На заявление ещё нет ответа: сначала внесите ответ (без ответа закрывается только отклонённое заявление).</translation>
    </message>
    <message>
        <source>A lost item is closed with the compensation paid: give its amount.</source>
        <translation>Заявление по утраченному отправлению закрывается с выплатой возмещения: укажите его сумму.</translation>
    </message>
    <message>
        <source>Compensation is paid only for a lost item.</source>
        <translation>Возмещение выплачивается только за утраченное отправление.</translation>
    </message>
    <message>
        <source>Give the claimant&apos;s name as in their ID document.</source>
        <translation>Укажите ФИО заявителя, как в документе, удостоверяющем личность.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: give at least 10 digits, e.g. +7 916 555-12-34.</source>
        <translation>«%1» — не номер телефона: укажите не менее 10 цифр, например +7 916 555-12-34.</translation>
    </message>
    <message>
        <source>The declared value cannot be negative.</source>
        <translation>Объявленная ценность не может быть отрицательной.</translation>
    </message>
    <message>
        <source>A claim for %1 is already open: %2, answer due by %3.</source>
        <translation>Заявление по %1 уже открыто: %2, срок ответа — до %3.</translation>
    </message>
    <message>
        <source>Item %1 was accepted with a declared value of %2, not %3: the claim carries the item&apos;s value.</source>
        <translation>Отправление %1 принято с объявленной ценностью %2, а не %3: в заявлении указывается ценность отправления.</translation>
    </message>
    <message>
        <source>There is no claim %1 here.</source>
        <translation>Заявления %1 здесь нет.</translation>
    </message>
</context>
<context>
    <name>CodFees</name>
    <message>
        <source>COD fee brackets: %1</source>
        <translation>Диапазоны платы за наложенный платёж: %1</translation>
    </message>
    <message>
        <source>The COD amount is above the maximum of %1 RUB.</source>
        <translation>Сумма наложенного платежа больше максимальной (%1 руб.).</translation>
    </message>
</context>
<context>
    <name>ContainerList</name>
    <message>
        <source>The container list has more than %1 lines: split it.</source>
        <translation>В списке ёмкости больше %1 строк: разделите его.</translation>
    </message>
    <message>
        <source>The container list cannot be read: %1</source>
        <translation>Список ёмкости не читается: %1</translation>
    </message>
    <message>
        <source>The container list has no &quot;barcode&quot; column in its first line (expected e.g. barcode;weight_g;object;cod_kop;recipient;phone).</source>
        <translation>В первой строке списка ёмкости нет столбца «barcode» (ожидается, например, barcode;weight_g;object;cod_kop;recipient;phone).</translation>
    </message>
    <message>
        <source>no barcode</source>
        <translation>нет штрихкода</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 указано дважды</translation>
    </message>
    <message>
        <source>weight_g &quot;%1&quot; is not a weight in grams (1–100000)</source>
        <translation>weight_g «%1» — не вес в граммах (1–100000)</translation>
    </message>
    <message>
        <source>object &quot;%1&quot; is not a tariff object code</source>
        <translation>object «%1» — не код объекта тарифа</translation>
    </message>
    <message>
        <source>cod_kop &quot;%1&quot; is not an amount in kopecks</source>
        <translation>cod_kop «%1» — не сумма в копейках</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot read the database file %1: %2</source>
        <translation>Не удаётся прочитать файл базы данных %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PostCounter database (it is not an SQLite file). It was left untouched; check the --db path or the configuration.</source>
        <translation>%1 — не база данных PostCounter (это не файл SQLite). Файл не изменён; проверьте путь --db или настройки.</translation>
    </message>
    <message>
        <source>%1 belongs to another application, not PostCounter. It was left untouched.</source>
        <translation>%1 принадлежит другой программе, а не PostCounter. Файл не изменён.</translation>
    </message>
    <message>
        <source>opening the database</source>
        <translation>открытие базы данных</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another application, not PostCounter. It was left untouched.</source>
        <translation>%1 — база SQLite другой программы, а не PostCounter. Файл не изменён.</translation>
    </message>
    <message>
        <source>%1 was written by a newer PostCounter (schema %2; this program knows up to %3). Install the newer version. The file was left untouched.</source>
        <translation>%1 записан более новой версией PostCounter (схема %2; эта программа знает до %3). Установите новую версию. Файл не изменён.</translation>
    </message>
    <message>
        <source>There is no database at %1.</source>
        <translation>Базы данных по пути %1 нет.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>opening the database %1</source>
        <translation>открытие базы данных %1</translation>
    </message>
    <message>
        <source>configuring the database</source>
        <translation>настройка базы данных</translation>
    </message>
    <message>
        <source>copying the database before the upgrade</source>
        <translation>копирование базы данных перед обновлением</translation>
    </message>
    <message>
        <source>No %1 identifiers are left for office %2. Ask the administrator to load a new range.</source>
        <translation>Для отделения %2 закончились идентификаторы %1. Попросите администратора загрузить новый диапазон.</translation>
    </message>
    <message>
        <source>Item %1 has already been accepted.</source>
        <translation>Отправление %1 уже принято.</translation>
    </message>
    <message>
        <source>%1 was refused by the database: %2</source>
        <translation>База данных отклонила операцию «%1»: %2</translation>
    </message>
    <message>
        <source>Database error during %1: %2</source>
        <translation>Ошибка базы данных (%1): %2</translation>
    </message>
    <message>
        <source>Item %1 is not an accepted item: it cannot be voided.</source>
        <translation>Отправление %1 не в статусе «принято»: аннулировать его нельзя.</translation>
    </message>
    <message>
        <source>Item %1 has already been scanned and accepted.</source>
        <translation>Отправление %1 уже отсканировано и принято.</translation>
    </message>
    <message>
        <source>There is no business list %1.</source>
        <translation>Списка %1 нет.</translation>
    </message>
    <message>
        <source>Business list %1 is already closed.</source>
        <translation>Список %1 уже закрыт.</translation>
    </message>
    <message>
        <source>There is no receipt %1.</source>
        <translation>Чека %1 нет.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (package libqt6sql6-psql).</source>
        <translation>Драйвер PostgreSQL для Qt не установлен (пакет libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>Cannot connect to the office database %1: %2</source>
        <translation>Не удаётся подключиться к базе данных отделения %1: %2</translation>
    </message>
    <message>
        <source>configuring the database session</source>
        <translation>настройка сеанса базы данных</translation>
    </message>
    <message>
        <source>waiting for the schema upgrade</source>
        <translation>ожидание обновления схемы</translation>
    </message>
    <message>
        <source>%1 was upgraded by a newer PostCounter (schema %2; this program knows up to %3). Install the newer version on this workstation.</source>
        <translation>%1 обновлена более новой версией PostCounter (схема %2; эта программа знает схемы только до %3). Установите новую версию на это рабочее место.</translation>
    </message>
    <message>
        <source>A copy goes from a SQLite file to a PostgreSQL server.</source>
        <translation>Копирование выполняется из файла SQLite на сервер PostgreSQL.</translation>
    </message>
    <message>
        <source>The source is at schema %1 and the server at %2; run db migrate on both first.</source>
        <translation>Исходная база имеет схему %1, а сервер — %2; сначала выполните db migrate для обеих.</translation>
    </message>
    <message>
        <source>The server database already holds data (table %1 has %2 rows). Copy into an empty database.</source>
        <translation>В базе данных на сервере уже есть данные (строк в таблице %1: %2). Копируйте в пустую базу данных.</translation>
    </message>
    <message>
        <source>Table %1: %2 rows in the file but %3 on the server after the copy.</source>
        <translation>Таблица %1: в файле строк %2, а на сервере после копирования %3.</translation>
    </message>
    <message>
        <source>The journal chain does not verify on the server after the copy (counter %1): %2</source>
        <translation>Цепочка журнала на сервере после копирования не проходит проверку (окно %1): %2</translation>
    </message>
    <message>
        <source>The database address is not usable (%1). Write it as postgresql://user@host:port/dbname.</source>
        <translation>Адрес базы данных непригоден (%1). Укажите его в виде postgresql://user@host:port/dbname.</translation>
    </message>
    <message>
        <source>Another counter changed the same data at the same moment: %1 was not saved. Try again.</source>
        <translation>Другое окно в тот же момент изменило те же данные: %1 — не сохранено. Повторите попытку.</translation>
    </message>
    <message>
        <source>There is no identifier range %1.</source>
        <translation>Диапазона идентификаторов %1 нет.</translation>
    </message>
    <message>
        <source>Range %1 already belongs to counter %2.</source>
        <translation>Диапазон %1 уже закреплён за окном %2.</translation>
    </message>
    <message>
        <source>Range %1 has %2 identifiers left, fewer than the %3 counters.</source>
        <translation>В диапазоне %1 осталось %2 идентификаторов — меньше, чем окон (%3).</translation>
    </message>
    <message>
        <source>The disk is full (while %1): the operation was not saved. Free disk space and try again.</source>
        <translation>Диск заполнен (%1): операция не сохранена. Освободите место на диске и повторите.</translation>
    </message>
    <message>
        <source>The database is busy, locked by another program (while %1): the operation was not saved. Close the other program or wait a moment, then try again.</source>
        <translation>База данных занята, её заблокировала другая программа (%1): операция не сохранена. Закройте другую программу или подождите и повторите.</translation>
    </message>
    <message>
        <source>The disk reported an I/O error (while %1): the operation was not saved. Check the disk and call your administrator.</source>
        <translation>Диск сообщил об ошибке ввода-вывода (%1): операция не сохранена. Проверьте диск и вызовите администратора.</translation>
    </message>
</context>
<context>
    <name>DemoShift</name>
    <message>
        <source>Cannot create the output folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Не удаётся записать %1</translation>
    </message>
</context>
<context>
    <name>DeviceConfig</name>
    <message>
        <source>%1: devices/%2 %3</source>
        <translation>%1: devices/%2 %3</translation>
    </message>
    <message>
        <source>%1: the device settings cannot be written (check the file permissions)</source>
        <translation>%1: не удаётся записать настройки устройств (проверьте права на файл)</translation>
    </message>
</context>
<context>
    <name>EasyReturn</name>
    <message>
        <source>Return code %1 has just been used for another item.</source>
        <translation>Код возврата %1 только что использован для другого отправления.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a return code: it is RV and ten digits, e.g. RV 123456789 7.</source>
        <translation>«%1» — не код возврата: он состоит из RV и десяти цифр, например RV 123456789 7.</translation>
    </message>
    <message>
        <source>Return code %1 is mistyped or misread (its check digit should be %2): scan it again or ask the customer for the code.</source>
        <translation>Код возврата %1 введён или считан с ошибкой (контрольная цифра должна быть %2): отсканируйте его ещё раз или спросите код у клиента.</translation>
    </message>
    <message>
        <source>The return list is not JSON: %1 at offset %2.</source>
        <translation>Список возвратов не в формате JSON: %1 в позиции %2.</translation>
    </message>
    <message>
        <source>The return list needs a &quot;shop&quot; object and a &quot;returns&quot; array.</source>
        <translation>В списке возвратов нужны объект &quot;shop&quot; и массив &quot;returns&quot;.</translation>
    </message>
    <message>
        <source>The shop needs a name and the contract number that pays for its returns.</source>
        <translation>Для магазина нужны название и номер договора, по которому оплачиваются его возвраты.</translation>
    </message>
    <message>
        <source>The shop&apos;s INN &quot;%1&quot; must be 10 or 12 digits.</source>
        <translation>ИНН магазина «%1» должен состоять из 10 или 12 цифр.</translation>
    </message>
    <message>
        <source>The shop&apos;s return address needs at least a postcode and a place.</source>
        <translation>В адресе возврата магазина нужны как минимум индекс и населённый пункт.</translation>
    </message>
    <message>
        <source>Code %1 appears twice in the list.</source>
        <translation>Код %1 встречается в списке дважды.</translation>
    </message>
    <message>
        <source>&quot;valid_until&quot; must be a date YYYY-MM-DD: a return code does not last for ever.</source>
        <translation>&quot;valid_until&quot; должно быть датой в формате ГГГГ-ММ-ДД: код возврата не может действовать бессрочно.</translation>
    </message>
    <message>
        <source>&quot;object&quot; must be a domestic product code (easy returns are domestic).</source>
        <translation>&quot;object&quot; должен быть кодом внутреннего вида отправления (лёгкий возврат бывает только внутренним).</translation>
    </message>
    <message>
        <source>Values and weights cannot be negative.</source>
        <translation>Ценность и вес не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>The return list has no returns.</source>
        <translation>В списке возвратов нет ни одного возврата.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Return code %1 is not registered by any shop: the customer asks the shop to register it, or sends the goods as an ordinary parcel.</source>
        <translation>Код возврата %1 не зарегистрирован ни одним магазином: клиенту нужно попросить магазин зарегистрировать его или отправить товар обычной посылкой.</translation>
    </message>
    <message>
        <source>Return code %1 was already used for item %2 on %3.</source>
        <translation>Код возврата %1 уже использован %3 для отправления %2.</translation>
    </message>
    <message>
        <source>Return code %1 of %2 expired on %3: the customer asks the shop for a new one.</source>
        <translation>Срок действия кода возврата %1 магазина %2 истёк %3: клиенту нужно запросить у магазина новый код.</translation>
    </message>
    <message>
        <source>Returns to different shops are separate sales: each shop&apos;s contract pays for its own.</source>
        <translation>Возвраты в разные магазины оформляются отдельными продажами: каждый оплачивается по договору своего магазина.</translation>
    </message>
    <message>
        <source>A return under code %1 goes to %2, %3: the recipient cannot be changed.</source>
        <translation>Возврат по коду %1 адресован: %2, %3; получателя изменить нельзя.</translation>
    </message>
    <message>
        <source>The return weighs %1 g but the shop&apos;s code covers up to %2 g: the customer pays the parcel as an ordinary one, or asks the shop.</source>
        <translation>Возврат весит %1 г, а код магазина действует только до %2 г: клиент оплачивает посылку как обычную или обращается в магазин.</translation>
    </message>
    <message>
        <source>A shop&apos;s return is paid by its contract: sell the customer&apos;s other items separately.</source>
        <translation>Возврат в магазин оплачивается по договору магазина: другие отправления клиента оформите отдельной продажей.</translation>
    </message>
    <message>
        <source>A shop&apos;s return is paid by the shop&apos;s contract %1: no money is taken from the customer.</source>
        <translation>Возврат в магазин оплачивается по договору магазина %1: деньги с клиента не берутся.</translation>
    </message>
</context>
<context>
    <name>FailedAttempt</name>
    <message>
        <source>Addressee temporarily absent</source>
        <translation>Временное отсутствие адресата</translation>
    </message>
    <message>
        <source>Delivery postponed at the addressee&apos;s request</source>
        <translation>Доставка отложена по просьбе адресата</translation>
    </message>
    <message>
        <source>Incomplete address</source>
        <translation>Неполный адрес</translation>
    </message>
    <message>
        <source>Wrong address</source>
        <translation>Неверный адрес</translation>
    </message>
    <message>
        <source>Addressee has moved</source>
        <translation>Адресат выбыл</translation>
    </message>
    <message>
        <source>Addressee refused the item</source>
        <translation>Адресат отказался от отправления</translation>
    </message>
    <message>
        <source>Force majeure</source>
        <translation>Обстоятельства непреодолимой силы</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Иная причина</translation>
    </message>
    <message>
        <source>Addressee will collect the item</source>
        <translation>Адресат заберёт отправление в отделении</translation>
    </message>
    <message>
        <source>No such addressee at the address</source>
        <translation>Адресат по указанному адресу не значится</translation>
    </message>
    <message>
        <source>Technical reasons</source>
        <translation>Технические причины</translation>
    </message>
</context>
<context>
    <name>IdDoc</name>
    <message>
        <source>Passport of a citizen of Russia</source>
        <translation>Паспорт гражданина Российской Федерации</translation>
    </message>
    <message>
        <source>International passport</source>
        <translation>Заграничный паспорт</translation>
    </message>
    <message>
        <source>Foreign citizen&apos;s passport</source>
        <translation>Паспорт иностранного гражданина</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Вид на жительство</translation>
    </message>
    <message>
        <source>Temporary residence permit</source>
        <translation>Разрешение на временное проживание</translation>
    </message>
    <message>
        <source>Military ID</source>
        <translation>Военный билет</translation>
    </message>
    <message>
        <source>Temporary identity card (form 2P)</source>
        <translation>Временное удостоверение личности (форма 2П)</translation>
    </message>
    <message>
        <source>Refugee certificate</source>
        <translation>Удостоверение беженца</translation>
    </message>
    <message>
        <source>The number of a %1 must look like %2.</source>
        <translation>Номер документа «%1» должен иметь вид %2.</translation>
    </message>
    <message>
        <source>Enter the document&apos;s issue date.</source>
        <translation>Введите дату выдачи документа.</translation>
    </message>
    <message>
        <source>The issue date %1 is in the future: check the document.</source>
        <translation>Дата выдачи %1 ещё не наступила: проверьте документ.</translation>
    </message>
    <message>
        <source>Expected TYPE:NUMBER:ISSUED[:ISSUER], e.g. ru_passport:4510123456:2015-03-20.</source>
        <translation>Ожидается ТИП:НОМЕР:ДАТА_ВЫДАЧИ[:КЕМ_ВЫДАН], например ru_passport:4510123456:2015-03-20.</translation>
    </message>
    <message>
        <source>Unknown document type &quot;%1&quot;; accepted: %2.</source>
        <translation>Неизвестный тип документа «%1»; допустимые: %2.</translation>
    </message>
</context>
<context>
    <name>Issuing</name>
    <message numerus="yes">
        <source>Wrong code: %n attempt(s) left.</source>
        <translation>
            <numerusform>Неверный код: осталась %n попытка.</numerusform>
            <numerusform>Неверный код: осталось %n попытки.</numerusform>
            <numerusform>Неверный код: осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong codes: the code is locked. Send a new code or identify the recipient by a document.</source>
        <translation>Слишком много неверных кодов: код заблокирован. Отправьте новый код или установите личность получателя по документу.</translation>
    </message>
    <message>
        <source>The code has expired: send a new one.</source>
        <translation>Срок действия кода истёк: отправьте новый.</translation>
    </message>
    <message>
        <source>This code was already used: send a new one.</source>
        <translation>Этот код уже использован: отправьте новый.</translation>
    </message>
    <message>
        <source>Scan the items to hand over.</source>
        <translation>Отсканируйте отправления для вручения.</translation>
    </message>
    <message>
        <source>The personal-data key is not available: documents cannot be recorded (see the administrator).</source>
        <translation>Ключ персональных данных недоступен: документы записать нельзя (обратитесь к администратору).</translation>
    </message>
    <message>
        <source>%1 RUB is due: take the payment in cash or by card.</source>
        <translation>К оплате %1 руб.: примите оплату наличными или картой.</translation>
    </message>
    <message>
        <source>Nothing is due: the card charge was reversed.</source>
        <translation>Оплачивать нечего: списание с карты отменено.</translation>
    </message>
    <message>
        <source>What is due changed while paying: check the items and take the payment again.</source>
        <translation>Сумма к оплате изменилась во время оплаты: проверьте отправления и примите оплату заново.</translation>
    </message>
    <message>
        <source>Item %1 is not waiting in storage here: it was already handed over or returned, or never arrived.</source>
        <translation>Отправление %1 не ожидает вручения на хранении здесь: оно уже вручено или возвращено либо не поступало.</translation>
    </message>
    <message>
        <source>Item %1 has no recipient phone: identify the recipient by an identity document.</source>
        <translation>У отправления %1 нет телефона получателя: установите личность получателя по документу, удостоверяющему личность.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Russian mobile number.</source>
        <translation>«%1» — не российский номер мобильного телефона.</translation>
    </message>
    <message>
        <source>No SMS gateway is configured ([sms] gateway): identify the recipient by an identity document.</source>
        <translation>SMS-шлюз не настроен ([sms] gateway): установите личность получателя по документу, удостоверяющему личность.</translation>
    </message>
    <message>
        <source>No item waits here for that phone number.</source>
        <translation>Для этого номера телефона здесь нет ожидающих отправлений.</translation>
    </message>
    <message>
        <source>No code was sent to %1: send one first.</source>
        <translation>Код на %1 не отправлялся: сначала отправьте его.</translation>
    </message>
    <message>
        <source>Unknown failed-attempt reason 12.%1.</source>
        <translation>Неизвестная причина невручения 12.%1.</translation>
    </message>
</context>
<context>
    <name>ItemHistory</name>
    <message>
        <source>Network history unavailable: %1</source>
        <translation>История из сети недоступна: %1</translation>
    </message>
    <message>
        <source>No events are known for this item.</source>
        <translation>По этому отправлению нет известных событий.</translation>
    </message>
    <message>
        <source>The tracking service refused this counter&apos;s token (HTTP %1): an administrator must configure a valid token.</source>
        <translation>Сервис отслеживания отклонил токен этого окна (HTTP %1): администратор должен настроить действительный токен.</translation>
    </message>
    <message>
        <source>The tracking service could not give the item&apos;s history (HTTP %1).</source>
        <translation>Сервис отслеживания не смог выдать историю отправления (HTTP %1).</translation>
    </message>
    <message>
        <source>Operation %1.%2</source>
        <translation>Операция %1.%2</translation>
    </message>
    <message>
        <source>The tracking service sent an item history that is not a JSON object (%1).</source>
        <translation>Сервис отслеживания прислал историю отправления, которая не является объектом JSON (%1).</translation>
    </message>
</context>
<context>
    <name>ItemIdentifier</name>
    <message>
        <source>No identifier was entered.</source>
        <translation>Идентификатор не введён.</translation>
    </message>
    <message>
        <source>An international identifier has 13 characters (AA123456789RU); this one has %1.</source>
        <translation>В международном идентификаторе 13 знаков (AA123456789RU), а здесь %1.</translation>
    </message>
    <message>
        <source>A domestic barcode has 14 digits; this one has %1.</source>
        <translation>Во внутреннем ШПИ 14 цифр, а здесь %1.</translation>
    </message>
    <message>
        <source>The barcode contains letters of another alphabet: switch the keyboard layout to English, or set up the scanner in USB/HID mode.</source>
        <translation>В штрихкоде буквы другого алфавита: переключите раскладку на английскую или настройте сканер в режим USB/HID.</translation>
    </message>
    <message>
        <source>An international identifier is two letters, nine digits and two letters (AA123456789RU).</source>
        <translation>Международный идентификатор — две буквы, девять цифр и две буквы (AA123456789RU).</translation>
    </message>
    <message>
        <source>A domestic barcode has digits only; this one has other characters.</source>
        <translation>Внутренний ШПИ состоит только из цифр, а здесь есть другие знаки.</translation>
    </message>
    <message>
        <source>This is neither a domestic barcode nor an international identifier.</source>
        <translation>Это не ШПИ и не международный идентификатор.</translation>
    </message>
    <message>
        <source>Wrong check digit: it should be %1. Check the number for a typo.</source>
        <translation>Неверная контрольная цифра: должна быть %1. Проверьте номер.</translation>
    </message>
    <message>
        <source>Service indicators starting with %1 are reserved and never issued.</source>
        <translation>Индикаторы услуги на %1 зарезервированы и не выдаются.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a country code.</source>
        <translation>«%1» — не код страны.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>Counter %1: journal rows %2..%3 are missing before operation %4 (item %5): rows were deleted.</source>
        <translation>Окно %1: перед операцией %4 (отправление %5) нет записей журнала %2..%3: записи удалены.</translation>
    </message>
    <message>
        <source>Counter %1: operation %2 (journal row %3, item %4) is out of order: it was written before operation %5, which precedes it in the journal.</source>
        <translation>Окно %1: операция %2 (запись журнала %3, отправление %4) нарушает порядок: она записана раньше операции %5, которая стоит перед ней в журнале.</translation>
    </message>
    <message>
        <source>Counter %1: operation %2 (journal row %3, item %4) does not link to the row before it: that row was edited, or rows were deleted, inserted or moved.</source>
        <translation>Окно %1: операция %2 (запись журнала %3, отправление %4) не связана с предыдущей записью: та запись изменена, либо записи удалены, вставлены или переставлены.</translation>
    </message>
    <message>
        <source>Counter %1: operation %2 (journal row %3, item %4) was edited after it was written: its contents do not match its hash.</source>
        <translation>Окно %1: операция %2 (запись журнала %3, отправление %4) изменена после записи: её содержимое не совпадает с хешем.</translation>
    </message>
    <message>
        <source>Counter %1: operation %2 (item %3) is outside the journal chain: its chain fields were erased or it was inserted directly.</source>
        <translation>Окно %1: операция %2 (отправление %3) вне цепочки журнала: её поля цепочки стёрты или она вставлена напрямую.</translation>
    </message>
    <message>
        <source>Counter %1: operation %2 (item %3) was deleted: its tracking event %4 remains.</source>
        <translation>Окно %1: операция %2 (отправление %3) удалена, но её событие отслеживания %4 осталось.</translation>
    </message>
    <message>
        <source>The computer&apos;s clock is behind the last operation of counter %1 (%2 UTC; the clock says %3 UTC): the operation was not saved. Check the date and time.</source>
        <translation>Часы компьютера отстают от последней операции окна %1 (%2 UTC; часы показывают %3 UTC): операция не сохранена. Проверьте дату и время.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>The amount is too large to be handled.</source>
        <translation>Сумма слишком велика.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <source>An amount has at most two digits of kopecks.</source>
        <translation>В сумме не больше двух знаков копеек.</translation>
    </message>
    <message>
        <source>The amount has two decimal points.</source>
        <translation>В сумме два десятичных разделителя.</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos; in the amount.</source>
        <translation>Недопустимый символ «%1» в сумме.</translation>
    </message>
</context>
<context>
    <name>Operators</name>
    <message>
        <source>There is no operator %1.</source>
        <translation>Оператора %1 нет.</translation>
    </message>
    <message>
        <source>Operator %1 already exists.</source>
        <translation>Оператор %1 уже существует.</translation>
    </message>
    <message>
        <source>Wrong operator id or password.</source>
        <translation>Неверный код оператора или пароль.</translation>
    </message>
    <message>
        <source>The operator id must not be empty or have spaces around it.</source>
        <translation>Код оператора не может быть пустым, начинаться или заканчиваться пробелом.</translation>
    </message>
    <message>
        <source>Enter the operator&apos;s name.</source>
        <translation>Введите имя оператора.</translation>
    </message>
    <message>
        <source>Operator %1 is locked after %2 wrong passwords until %3 UTC. Ask a supervisor to unlock it.</source>
        <translation>Оператор %1 заблокирован до %3 UTC (неверных паролей: %2). Попросите начальника ОПС разблокировать его.</translation>
    </message>
    <message>
        <source>Operator %1 is deactivated.</source>
        <translation>Оператор %1 деактивирован.</translation>
    </message>
    <message>
        <source>Operator %1 has no password yet: an administrator sets one (postcounter-cli operator passwd %1).</source>
        <translation>У оператора %1 ещё нет пароля: его задаёт администратор (postcounter-cli operator passwd %1).</translation>
    </message>
    <message>
        <source>Wrong password %1 times: operator %2 is locked for %3 minutes.</source>
        <translation>Неверных попыток ввода пароля: %1. Оператор %2 заблокирован на %3 мин.</translation>
    </message>
    <message>
        <source>An approval must come from another person: call a supervisor.</source>
        <translation>Подтвердить должен другой сотрудник: вызовите начальника ОПС.</translation>
    </message>
    <message>
        <source>%1 is not a supervisor and cannot approve this.</source>
        <translation>%1 не является начальником ОПС и не может это подтвердить.</translation>
    </message>
    <message>
        <source>The password must not be empty.</source>
        <translation>Пароль не может быть пустым.</translation>
    </message>
    <message>
        <source>The cryptography library failed to start.</source>
        <translation>Не удалось запустить криптографическую библиотеку.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Недостаточно памяти для вычисления хеша пароля.</translation>
    </message>
    <message>
        <source>The new password must differ from the old one.</source>
        <translation>Новый пароль должен отличаться от старого.</translation>
    </message>
    <message>
        <source>To change your own password, use Change password with the old one.</source>
        <translation>Чтобы сменить свой пароль, воспользуйтесь функцией «Сменить пароль» и введите старый пароль.</translation>
    </message>
    <message>
        <source>%1 may not reset the password of %2: a supervisor resets clerks&apos; passwords, an administrator anyone&apos;s.</source>
        <translation>%1 не может сбросить пароль %2: пароли операторов сбрасывает начальник смены, а любые пароли — администратор.</translation>
    </message>
</context>
<context>
    <name>Payment</name>
    <message>
        <source>Amounts cannot be negative (total %1, tendered %2).</source>
        <translation>Суммы не могут быть отрицательными (итог %1, внесено %2).</translation>
    </message>
    <message>
        <source>Tendered %1 is less than the total %2: take %3 more.</source>
        <translation>Внесено %1 — меньше итога %2: нужно ещё %3.</translation>
    </message>
    <message>
        <source>Unknown payment &quot;%1&quot;: use cash, cash:AMOUNT (e.g. cash:700,50), card or contract.</source>
        <translation>Неизвестный способ оплаты «%1»: используйте cash, cash:СУММА (например, cash:700,50), card или contract.</translation>
    </message>
    <message>
        <source>An amount can only be given for cash: use &quot;%1&quot; alone.</source>
        <translation>Сумму можно указать только для наличных: используйте просто «%1».</translation>
    </message>
    <message>
        <source>Tendered amount: %1</source>
        <translation>Внесённая сумма: %1</translation>
    </message>
    <message>
        <source>The tendered amount cannot be negative.</source>
        <translation>Внесённая сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>%1: payment/timeout_s must be 10–600 seconds.</source>
        <translation>%1: payment/timeout_s должно быть от 10 до 600 секунд.</translation>
    </message>
    <message>
        <source>%1: payment/terminal &quot;%2&quot; is not none, sim or tcp://HOST:PORT.</source>
        <translation>%1: payment/terminal «%2» — не none, sim и не tcp://ХОСТ:ПОРТ.</translation>
    </message>
    <message>
        <source>The simulated card terminal could not start.</source>
        <translation>Не удалось запустить имитатор платёжного терминала.</translation>
    </message>
    <message>
        <source>No card terminal is configured at this counter: take cash, or ask the administrator to set one up.</source>
        <translation>К этому окну не подключён платёжный терминал: примите наличные или попросите администратора его настроить.</translation>
    </message>
    <message>
        <source>This payment cannot be made on a contract: take cash or a card.</source>
        <translation>Эту оплату нельзя провести по договору: примите наличные или оплату картой.</translation>
    </message>
    <message>
        <source>The card was charged %1 kopecks but %2 are due: the charge was reversed, take the payment again.</source>
        <translation>С карты списано %1 коп., а к оплате %2: списание отменено, примите оплату заново.</translation>
    </message>
</context>
<context>
    <name>PaymentTerminal</name>
    <message>
        <source>insufficient funds</source>
        <translation>недостаточно средств</translation>
    </message>
    <message>
        <source>the card has expired</source>
        <translation>срок действия карты истёк</translation>
    </message>
    <message>
        <source>wrong PIN</source>
        <translation>неверный ПИН-код</translation>
    </message>
    <message>
        <source>too many wrong PIN attempts</source>
        <translation>превышено число попыток ввода ПИН-кода</translation>
    </message>
    <message>
        <source>refused by the bank</source>
        <translation>отказ банка</translation>
    </message>
    <message>
        <source>invalid card number</source>
        <translation>неверный номер карты</translation>
    </message>
    <message>
        <source>the card is blocked (lost or stolen)</source>
        <translation>карта заблокирована (утеряна или украдена)</translation>
    </message>
    <message>
        <source>the card&apos;s spending limit is exceeded</source>
        <translation>превышен лимит по карте</translation>
    </message>
    <message>
        <source>the card&apos;s bank does not answer</source>
        <translation>банк карты не отвечает</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>причина не указана</translation>
    </message>
    <message>
        <source>The card was declined: %1 (code %2). Ask the customer to try again, or to pay with another card or cash.</source>
        <translation>Карта отклонена: %1 (код %2). Попросите покупателя повторить или оплатить другой картой либо наличными.</translation>
    </message>
    <message>
        <source>The card was declined: %1 (code %2). Ask for another card or cash.</source>
        <translation>Карта отклонена: %1 (код %2). Попросите другую карту или наличные.</translation>
    </message>
    <message>
        <source>no answer in %1 ms</source>
        <translation>нет ответа за %1 мс</translation>
    </message>
    <message>
        <source>Cannot reach the payment terminal at %1 (%2). Check that the terminal and its host software are switched on and that the address in Settings → Devices is right; meanwhile take cash.</source>
        <translation>Нет связи с платёжным терминалом %1 (%2). Проверьте, что терминал и его программа включены и что адрес в Настройки → Устройства верный; пока примите наличные.</translation>
    </message>
    <message>
        <source>The payment terminal at %1 did not answer in %2 s.</source>
        <translation>Платёжный терминал %1 не ответил за %2 с.</translation>
    </message>
    <message>
        <source>The payment terminal at %1 closed the connection before answering.</source>
        <translation>Платёжный терминал %1 закрыл соединение, не ответив.</translation>
    </message>
    <message>
        <source>The payment terminal at %1 sent an answer that is not understood (%2). Check that its host software speaks the PostCounter terminal protocol.</source>
        <translation>Платёжный терминал %1 прислал непонятный ответ (%2). Проверьте, что его программа поддерживает протокол терминала PostCounter.</translation>
    </message>
    <message>
        <source>A card payment needs a positive amount; this one is %1 kopecks.</source>
        <translation>Для оплаты картой нужна положительная сумма; здесь %1 коп.</translation>
    </message>
    <message>
        <source>The payment terminal at %1 approved %2 kopecks instead of %3. The payment was %4; check the terminal&apos;s last transactions before trying again.</source>
        <translation>Платёжный терминал %1 одобрил %2 коп. вместо %3. Оплата %4; проверьте последние операции терминала, прежде чем повторять.</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <source>NOT cancelled</source>
        <translation>НЕ отменена</translation>
    </message>
    <message>
        <source>The payment terminal at %1 refused the payment: %2. Wait until it shows its idle screen and try again, or take cash.</source>
        <translation>Платёжный терминал %1 отказал в оплате: %2. Дождитесь экрана ожидания и повторите или примите наличные.</translation>
    </message>
    <message>
        <source>The terminal confirmed the payment is cancelled; the customer is not charged. Try again or take cash.</source>
        <translation>Терминал подтвердил отмену оплаты; с покупателя ничего не списано. Повторите или примите наличные.</translation>
    </message>
    <message>
        <source>The payment could not be cancelled automatically: check the terminal&apos;s screen and its last transactions before trying again, so the customer is not charged twice.</source>
        <translation>Оплату не удалось отменить автоматически: проверьте экран терминала и его последние операции, прежде чем повторять, чтобы не списать деньги дважды.</translation>
    </message>
    <message>
        <source>The payment terminal at %1 did not finish the payment within %2 s.</source>
        <translation>Платёжный терминал %1 не завершил оплату за %2 с.</translation>
    </message>
    <message>
        <source>The connection to the payment terminal at %1 was lost during the payment.</source>
        <translation>Связь с платёжным терминалом %1 прервалась во время оплаты.</translation>
    </message>
    <message>
        <source>The payment terminal at %1 gave an unexpected answer to a payment.</source>
        <translation>Платёжный терминал %1 неожиданно ответил на оплату.</translation>
    </message>
    <message>
        <source>The payment with RRN %1 may still be charged: cancel it on the terminal itself.</source>
        <translation>Оплата с RRN %1, возможно, всё ещё списана: отмените её на самом терминале.</translation>
    </message>
    <message>
        <source>The payment terminal at %1 refused to cancel the payment with RRN %2: %3. Cancel it on the terminal itself or call the bank&apos;s support line.</source>
        <translation>Платёжный терминал %1 отказался отменить оплату с RRN %2: %3. Отмените её на терминале или позвоните в поддержку банка.</translation>
    </message>
    <message>
        <source>The payment terminal at %1 gave an unexpected answer to a cancel.</source>
        <translation>Платёжный терминал %1 неожиданно ответил на отмену.</translation>
    </message>
    <message>
        <source>The payment terminal at %1 is busy with another operation.</source>
        <translation>Платёжный терминал %1 занят другой операцией.</translation>
    </message>
    <message>
        <source>The payment terminal at %1 gave an unexpected answer to a status request.</source>
        <translation>Платёжный терминал %1 неожиданно ответил на запрос состояния.</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>libsodium failed to start.</source>
        <translation>Не удалось инициализировать libsodium.</translation>
    </message>
    <message>
        <source>Cannot create the personal-data key file %1: %2</source>
        <translation>Не удаётся создать файл ключа персональных данных %1: %2</translation>
    </message>
    <message>
        <source>The personal-data key file %1 is readable by others: run chmod 600 on it.</source>
        <translation>Файл ключа персональных данных %1 доступен для чтения другим пользователям: выполните для него chmod 600.</translation>
    </message>
    <message>
        <source>Cannot read the personal-data key file %1: %2</source>
        <translation>Не удаётся прочитать файл ключа персональных данных %1: %2</translation>
    </message>
    <message>
        <source>The personal-data key file %1 holds %2 bytes instead of 32: restore it from the backup.</source>
        <translation>Файл ключа персональных данных %1 содержит %2 байт вместо 32: восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>Personal data cannot be decrypted with this installation&apos;s key.</source>
        <translation>Персональные данные не удаётся расшифровать ключом этой установки.</translation>
    </message>
</context>
<context>
    <name>PhoneSend</name>
    <message>
        <source>Item %1 has just been addressed at another counter.</source>
        <translation>Отправлению %1 только что указали адрес в другом окне.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s mobile phone number.</source>
        <translation>Введите номер мобильного телефона получателя.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number: write +7 and 10 digits (+7 916 123-45-67) or 8 and 10 digits.</source>
        <translation>«%1» — не номер телефона: напишите +7 и 10 цифр (+7 916 123-45-67) или 8 и 10 цифр.</translation>
    </message>
    <message>
        <source>%1 is not a Russian number: sending by phone needs a Russian mobile number (+7 9…).</source>
        <translation>%1 — не российский номер: для отправки по номеру телефона нужен российский мобильный номер (+7 9…).</translation>
    </message>
    <message>
        <source>%1 is not a mobile number (a landline, or not Russian): the recipient chooses the office by SMS, so give a mobile number starting +7 9.</source>
        <translation>%1 — не мобильный номер (городской или не российский): получатель выбирает отделение по SMS, укажите мобильный номер, начинающийся с +7 9.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s name: the office hands the item to that person.</source>
        <translation>Введите имя получателя: отделение вручит отправление этому человеку.</translation>
    </message>
    <message>
        <source>Sending by phone number is for domestic items only: take the recipient&apos;s address for an international item.</source>
        <translation>Отправка по номеру телефона — только для внутренних отправлений: для международного укажите адрес получателя.</translation>
    </message>
    <message>
        <source>An item sent by phone number carries no address (the recipient chooses the office): clear the address, or send the item to the address instead.</source>
        <translation>У отправления по номеру телефона нет адреса (отделение выбирает получатель): очистите адрес или отправьте по адресу.</translation>
    </message>
    <message>
        <source>Item %1 was sent by the recipient&apos;s phone number and the recipient has not chosen an office yet: it cannot arrive anywhere; send it back to sorting until it is addressed.</source>
        <translation>Отправление %1 отправлено по номеру телефона получателя, а получатель ещё не выбрал отделение: принять его нигде нельзя; верните его на сортировку до указания адреса.</translation>
    </message>
    <message>
        <source>Item %1 was not accepted here: check the identifier.</source>
        <translation>Отправление %1 здесь не принималось: проверьте идентификатор.</translation>
    </message>
    <message>
        <source>Item %1 was not sent by the recipient&apos;s phone number: it already has its address.</source>
        <translation>Отправление %1 отправлено не по номеру телефона: у него уже есть адрес.</translation>
    </message>
    <message>
        <source>The chosen office &quot;%1&quot; is not a postcode: give the office&apos;s six digits, e.g. 190000.</source>
        <translation>Выбранное отделение «%1» — не индекс: укажите шесть цифр индекса, например 190000.</translation>
    </message>
    <message>
        <source>Item %1 is already addressed to office %2 (since %3): the recipient chooses once.</source>
        <translation>Отправление %1 уже адресовано в отделение %2 (с %3): получатель выбирает один раз.</translation>
    </message>
    <message>
        <source>Item %1 was voided: there is nothing to address.</source>
        <translation>Отправление %1 аннулировано: адресовать нечего.</translation>
    </message>
    <message>
        <source>Item %1 is addressed by its recipient to office %2, not to this office (%3): do not take it in; send it on to %2.</source>
        <translation>Получатель адресовал отправление %1 в отделение %2, а не в это (%3): не принимайте его, досылайте в %2.</translation>
    </message>
</context>
<context>
    <name>Poa</name>
    <message>
        <source>Enter the power of attorney&apos;s number.</source>
        <translation>Введите номер доверенности.</translation>
    </message>
    <message>
        <source>Enter who issued the power of attorney.</source>
        <translation>Укажите, кем выдана доверенность.</translation>
    </message>
    <message>
        <source>Enter the power of attorney&apos;s date.</source>
        <translation>Введите дату доверенности.</translation>
    </message>
    <message>
        <source>The power of attorney is dated in the future.</source>
        <translation>Доверенность датирована будущим числом.</translation>
    </message>
    <message>
        <source>The power of attorney ends before its date.</source>
        <translation>Срок действия доверенности заканчивается раньше даты её выдачи.</translation>
    </message>
    <message>
        <source>The power of attorney expired on %1.</source>
        <translation>Срок действия доверенности истёк %1.</translation>
    </message>
    <message>
        <source>Expected NUMBER:DATE:VALID_UNTIL:ISSUED_BY (VALID_UNTIL may be empty).</source>
        <translation>Ожидается НОМЕР:ДАТА:ДЕЙСТВУЕТ_ДО:КЕМ_ВЫДАНА (ДЕЙСТВУЕТ_ДО можно оставить пустым).</translation>
    </message>
</context>
<context>
    <name>PostcodeDirectory</name>
    <message>
        <source>Postcode &apos;%1&apos; must have 6 digits: check it with the customer.</source>
        <translation>Индекс «%1» должен состоять из 6 цифр: уточните его у клиента.</translation>
    </message>
    <message>
        <source>Postcode %1 is not in the directory: check it with the customer or import the current directory (admin guide).</source>
        <translation>Индекса %1 нет в справочнике: уточните его у клиента или загрузите актуальный справочник (руководство администратора).</translation>
    </message>
    <message>
        <source>Postcode %1 (%2) belongs to a closed office: mail is not delivered there; ask the customer for the current postcode.</source>
        <translation>Индекс %1 (%2) принадлежит закрытому отделению: почта туда не доставляется; спросите у клиента действующий индекс.</translation>
    </message>
    <message>
        <source>Search the directory by the first 1 to 6 digits of a postcode, not &apos;%1&apos;.</source>
        <translation>Ищите в справочнике по первым 1–6 цифрам индекса, а не по «%1».</translation>
    </message>
    <message>
        <source>Cannot read the postcode directory file %1: %2</source>
        <translation>Не удаётся прочитать файл справочника индексов %1: %2</translation>
    </message>
    <message>
        <source>The sample postcode directory is missing from this build (%1).</source>
        <translation>В этой сборке нет образца справочника индексов (%1).</translation>
    </message>
</context>
<context>
    <name>PostcodeDirectoryFile</name>
    <message>
        <source>the line is not UTF-8 text; save the file as UTF-8</source>
        <translation>строка не в кодировке UTF-8; сохраните файл в UTF-8</translation>
    </message>
    <message>
        <source>Line %1 is not a postcode directory header: expected &quot;postcode;office_name;region;settlement[;kind]&quot; or Russian Post&apos;s &quot;INDEX;OPSNAME;…;REGION;…;CITY&quot;.</source>
        <translation>Строка %1 — не заголовок справочника индексов: ожидалось &quot;postcode;office_name;region;settlement[;kind]&quot; или &quot;INDEX;OPSNAME;…;REGION;…;CITY&quot; Почты России.</translation>
    </message>
    <message>
        <source>a quoted field is not closed</source>
        <translation>кавычки поля не закрыты</translation>
    </message>
    <message>
        <source>postcode &apos;%1&apos; must have 6 digits</source>
        <translation>индекс «%1» должен состоять из 6 цифр</translation>
    </message>
    <message>
        <source>office name is missing for postcode %1</source>
        <translation>нет названия отделения для индекса %1</translation>
    </message>
    <message>
        <source>kind &apos;%1&apos; is not one of office, po_box, mobile, seasonal, closed</source>
        <translation>вид «%1» — не office, po_box, mobile, seasonal или closed</translation>
    </message>
    <message>
        <source>duplicate postcode %1 (already on line %2)</source>
        <translation>индекс %1 повторяется (уже в строке %2)</translation>
    </message>
    <message>
        <source>The postcode directory file is empty: it needs a header line and one line per postcode.</source>
        <translation>Файл справочника индексов пуст: нужны строка заголовка и по строке на каждый индекс.</translation>
    </message>
</context>
<context>
    <name>PostcodesCommand</name>
    <message numerus="yes">
        <source>%n postcode(s) imported</source>
        <translation>
            <numerusform>загружен %n индекс</numerusform>
            <numerusform>загружено %n индекса</numerusform>
            <numerusform>загружено %n индексов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) rejected:</source>
        <translation>
            <numerusform>отклонена %n строка:</numerusform>
            <numerusform>отклонены %n строки:</numerusform>
            <numerusform>отклонено %n строк:</numerusform>
        </translation>
    </message>
    <message>
        <source>closed</source>
        <translation>закрыто</translation>
    </message>
    <message>
        <source>(sample directory)</source>
        <translation>(образец справочника)</translation>
    </message>
    <message>
        <source>office:</source>
        <translation>отделение:</translation>
    </message>
    <message>
        <source>region:</source>
        <translation>регион:</translation>
    </message>
    <message>
        <source>settlement:</source>
        <translation>населённый пункт:</translation>
    </message>
    <message>
        <source>kind:</source>
        <translation>вид:</translation>
    </message>
    <message>
        <source>source: sample directory (import the current one before live use)</source>
        <translation>источник: образец справочника (перед работой загрузите актуальный)</translation>
    </message>
    <message>
        <source>no postcode starts with %1</source>
        <translation>нет индексов, начинающихся с %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>nothing was imported; the directory is unchanged</source>
        <translation>ничего не загружено; справочник не изменён</translation>
    </message>
</context>
<context>
    <name>Prefill</name>
    <message>
        <source>A pre-filled shipment cannot carry an identifier: the counter allocates or scans it.</source>
        <translation>В предзаполненном отправлении не может быть идентификатора: ШПИ присваивается или сканируется в окне.</translation>
    </message>
    <message>
        <source>A pre-filled shipment cannot carry a measured weight: the item is weighed at the counter.</source>
        <translation>В предзаполненном отправлении не может быть измеренного веса: отправление взвешивается в окне.</translation>
    </message>
    <message>
        <source>A pre-filled shipment cannot claim a business client&apos;s list.</source>
        <translation>Предзаполненное отправление не может относиться к списку корпоративного клиента.</translation>
    </message>
    <message>
        <source>A pre-filled shipment is valid from 1 to %1 days.</source>
        <translation>Предзаполненное отправление действительно от 1 до %1 дн.</translation>
    </message>
    <message>
        <source>The shipment is too long for a QR code (%1 characters, at most %2): shorten the customs or inventory lines.</source>
        <translation>Отправление слишком велико для QR-кода (%1 знаков, допускается не более %2): сократите строки таможенной декларации или описи.</translation>
    </message>
    <message>
        <source>This QR code is not a PostCounter pre-filled shipment.</source>
        <translation>Этот QR-код не является предзаполненным отправлением PostCounter.</translation>
    </message>
    <message>
        <source>Pre-filled shipment format %1 is newer than this workstation understands (it reads PCQ1): update the workstation or ask the customer for a new code.</source>
        <translation>Формат предзаполненного отправления %1 новее, чем понимает это рабочее место (оно читает PCQ1): обновите рабочее место или попросите клиента создать новый код.</translation>
    </message>
    <message>
        <source>The pre-filled shipment is damaged or was altered (checksum mismatch): ask the customer to show the code again or fill the form by hand.</source>
        <translation>Предзаполненное отправление повреждено или изменено (не совпадает контрольная сумма): попросите клиента показать код ещё раз или заполните бланк вручную.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot; in the pre-filled shipment.</source>
        <translation>Неизвестное поле «%1» в предзаполненном отправлении.</translation>
    </message>
    <message>
        <source>The pre-filled shipment has no valid creation and expiry dates.</source>
        <translation>В предзаполненном отправлении нет корректных дат создания и окончания срока действия.</translation>
    </message>
    <message>
        <source>The pre-filled shipment expired on %1: the customer makes a new code, or the clerk fills the form.</source>
        <translation>Срок действия предзаполненного отправления истёк %1: клиент создаёт новый код или оператор заполняет бланк.</translation>
    </message>
    <message>
        <source>The pre-filled shipment is dated %1, in the future: check the date on the customer&apos;s device.</source>
        <translation>Предзаполненное отправление датировано %1, то есть будущим числом: проверьте дату на устройстве клиента.</translation>
    </message>
    <message>
        <source>The pre-filled shipment has no shipment.</source>
        <translation>В предзаполненном отправлении нет данных отправления.</translation>
    </message>
    <message>
        <source>The pre-filled shipment is wrong: %1</source>
        <translation>Ошибка в предзаполненном отправлении: %1</translation>
    </message>
</context>
<context>
    <name>PrintQueue</name>
    <message>
        <source>Nothing of this kind has been printed yet.</source>
        <translation>Документы этого вида ещё не печатались.</translation>
    </message>
    <message>
        <source>Printer %1 is out of paper. Load paper, then press Retry.</source>
        <translation>В принтере %1 закончилась бумага. Заправьте бумагу и нажмите «Повторить».</translation>
    </message>
    <message>
        <source>Printer %1 is out of ribbon or toner. Replace it, then press Retry.</source>
        <translation>В принтере %1 закончилась красящая лента или тонер. Замените и нажмите «Повторить».</translation>
    </message>
    <message>
        <source>The cover or print head of printer %1 is open. Close it, then press Retry.</source>
        <translation>У принтера %1 открыта крышка или печатающая головка. Закройте её и нажмите «Повторить».</translation>
    </message>
    <message>
        <source>Printer %1 is paused. Press its pause or feed button, then press Retry.</source>
        <translation>Принтер %1 на паузе. Нажмите на нём кнопку паузы или подачи, затем нажмите «Повторить».</translation>
    </message>
    <message>
        <source>Printer %1 is switched off or not connected. Check its power and cable, then press Retry.</source>
        <translation>Принтер %1 выключен или не подключён. Проверьте питание и кабель, затем нажмите «Повторить».</translation>
    </message>
    <message>
        <source>Printer %1 was disconnected while printing. Reconnect it and press Retry, or reprint on another printer.</source>
        <translation>Принтер %1 отключился во время печати. Подключите его снова и нажмите «Повторить» или перепечатайте на другом принтере.</translation>
    </message>
    <message>
        <source>Printer %1 stopped responding. Check the paper and the cover, then press Retry.</source>
        <translation>Принтер %1 перестал отвечать. Проверьте бумагу и крышку, затем нажмите «Повторить».</translation>
    </message>
    <message>
        <source>Printer %1 refused the document. Switch it off and on again, then press Retry.</source>
        <translation>Принтер %1 не принял документ. Выключите и снова включите его, затем нажмите «Повторить».</translation>
    </message>
    <message>
        <source>This workstation cannot use printer %1 (in use by another program or no permission). Call the administrator.</source>
        <translation>Это рабочее место не может использовать принтер %1 (он занят другой программой или нет прав доступа). Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>There is no printer called %1. Reprint on another printer or call the administrator.</source>
        <translation>Принтера с именем %1 нет. Перепечатайте на другом принтере или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>Printer %1 is stopped in the print system. Reprint on another printer or call the administrator.</source>
        <translation>Принтер %1 остановлен в системе печати. Перепечатайте на другом принтере или обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The print job on printer %1 was cancelled. Press Retry to print it again.</source>
        <translation>Задание печати на принтере %1 отменено. Нажмите «Повторить», чтобы напечатать его снова.</translation>
    </message>
    <message>
        <source>The print system is not running, printer %1 cannot be reached. Call the administrator.</source>
        <translation>Система печати не запущена, принтер %1 недоступен. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The document could not be printed on printer %1. Press Retry, reprint on another printer, or call the administrator.</source>
        <translation>Не удалось напечатать документ на принтере %1. Нажмите «Повторить», перепечатайте на другом принтере или обратитесь к администратору.</translation>
    </message>
</context>
<context>
    <name>QuoteJson</name>
    <message>
        <source>Unknown key &quot;%1&quot; in the quote request.</source>
        <translation>Неизвестный ключ «%1» в запросе расчёта.</translation>
    </message>
    <message>
        <source>&quot;object&quot; must be the object code, a whole number (e.g. 4030).</source>
        <translation>&quot;object&quot; — код объекта, целое число (например, 4030).</translation>
    </message>
    <message>
        <source>&quot;from&quot;, &quot;to&quot; and &quot;country&quot; are strings (&quot;101000&quot;, &quot;DE&quot;).</source>
        <translation>&quot;from&quot;, &quot;to&quot; и &quot;country&quot; — строки (&quot;101000&quot;, &quot;DE&quot;).</translation>
    </message>
    <message>
        <source>&quot;from&quot; (the sender&apos;s postcode) is required.</source>
        <translation>&quot;from&quot; (индекс отправителя) обязателен.</translation>
    </message>
    <message>
        <source>&quot;weight_g&quot; must be the weight in grams, a whole number.</source>
        <translation>&quot;weight_g&quot; — вес в граммах, целое число.</translation>
    </message>
    <message>
        <source>&quot;declared_value_kop&quot; and &quot;cod_kop&quot; are whole numbers of kopecks.</source>
        <translation>&quot;declared_value_kop&quot; и &quot;cod_kop&quot; — целые числа в копейках.</translation>
    </message>
    <message>
        <source>&quot;dims_mm&quot; is [length, width, height] in millimetres.</source>
        <translation>&quot;dims_mm&quot; — [длина, ширина, высота] в миллиметрах.</translation>
    </message>
    <message>
        <source>&quot;services&quot; is an array of service codes, e.g. [4, 23].</source>
        <translation>&quot;services&quot; — массив кодов услуг, например [4, 23].</translation>
    </message>
    <message>
        <source>&quot;date&quot; is YYYY-MM-DD.</source>
        <translation>&quot;date&quot; — в формате YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;by_phone&quot; is true or false.</source>
        <translation>«by_phone» — true или false.</translation>
    </message>
</context>
<context>
    <name>Sale</name>
    <message>
        <source>Item %1</source>
        <translation>Отправление %1</translation>
    </message>
    <message>
        <source>Item %1 (%2)</source>
        <translation>Отправление %1 (%2)</translation>
    </message>
    <message>
        <source>The basket is empty: scan or add an item first.</source>
        <translation>Корзина пуста: сначала отсканируйте или добавьте отправление.</translation>
    </message>
    <message>
        <source>%1 is in the basket twice.</source>
        <translation>%1 дважды в корзине.</translation>
    </message>
    <message>
        <source>%1 has already been scanned and accepted from its list (44.7).</source>
        <translation>%1 уже отсканировано и принято по своему списку (44.7).</translation>
    </message>
    <message>
        <source>A contract payment needs the business client&apos;s contract number.</source>
        <translation>Для оплаты по договору нужен номер договора корпоративного клиента.</translation>
    </message>
    <message>
        <source>No card terminal is configured at this counter: take cash, or ask the administrator to set one up.</source>
        <translation>К этому окну не подключён платёжный терминал: примите наличные или попросите администратора его настроить.</translation>
    </message>
    <message>
        <source>The card was charged %1 kopecks but the basket costs %2: the charge was reversed, take the payment again.</source>
        <translation>С карты списано %1 коп., а корзина стоит %2: списание отменено, примите оплату заново.</translation>
    </message>
</context>
<context>
    <name>ScanGrammar</name>
    <message>
        <source>Unrecognised barcode &quot;%1&quot;: %2</source>
        <translation>Штрихкод «%1» не распознан: %2</translation>
    </message>
    <message>
        <source>Unrecognised barcode &quot;%1&quot;</source>
        <translation>Штрихкод «%1» не распознан</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>The operation journal was changed outside PostCounter: %1 Sales can continue. Tell the administrator: run &quot;postcounter-cli journal verify&quot;, keep a copy of the database as evidence and restore it from the last backup.</source>
        <translation>Журнал операций изменён в обход PostCounter: %1 Работа может продолжаться. Сообщите администратору: выполнить «postcounter-cli journal verify», сохранить копию базы как доказательство и восстановить её из последней резервной копии.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>Identifier range &quot;%1&quot;: %2</source>
        <translation>Диапазон идентификаторов «%1»: %2</translation>
    </message>
    <message>
        <source>the prefix must be 8 digits: the office postcode and the 2-digit counter issued with the range.</source>
        <translation>префикс должен состоять из 8 цифр: индекс отделения и 2-значный номер окна, выданный вместе с диапазоном.</translation>
    </message>
    <message>
        <source>the prefix must start with the office postcode %1.</source>
        <translation>префикс должен начинаться с индекса отделения %1.</translation>
    </message>
    <message>
        <source>write it as rpo14:PREFIX:FIRST-LAST or s10:SERVICE[:COUNTRY]:FIRST-LAST, e.g. rpo14:10100025:1-99999 or s10:RA:10000000-19999999.</source>
        <translation>запишите его как rpo14:ПРЕФИКС:ПЕРВЫЙ-ПОСЛЕДНИЙ или s10:УСЛУГА[:СТРАНА]:ПЕРВЫЙ-ПОСЛЕДНИЙ, например rpo14:10100025:1-99999 или s10:RA:10000000-19999999.</translation>
    </message>
    <message>
        <source>the serials must be FIRST-LAST, whole numbers with FIRST &lt;= LAST.</source>
        <translation>порядковые номера задаются как ПЕРВЫЙ-ПОСЛЕДНИЙ, целыми числами, ПЕРВЫЙ &lt;= ПОСЛЕДНИЙ.</translation>
    </message>
    <message>
        <source>it overlaps the range %1 already in the database; correct identifiers/ranges in the configuration.</source>
        <translation>он пересекается с диапазоном %1, который уже есть в базе данных; исправьте identifiers/ranges в настройках.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot;: write it as ROLE=QUEUE[:LANGUAGE], e.g. label=Zebra_GK420:zpl.</source>
        <translation>Принтер «%1»: запишите его как РОЛЬ=ОЧЕРЕДЬ[:ЯЗЫК], например label=Zebra_GK420:zpl.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot;: the role must be label, receipt or form.</source>
        <translation>Принтер «%1»: роль должна быть label, receipt или form.</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot;: &quot;%2&quot; is not a CUPS queue name (letters, digits, _ . - @ +, no spaces).</source>
        <translation>Принтер «%1»: «%2» — не имя очереди CUPS (буквы, цифры, _ . - @ +, без пробелов).</translation>
    </message>
    <message>
        <source>Printer &quot;%1&quot;: the language must be zpl, tspl, escpos or pdf.</source>
        <translation>Принтер «%1»: язык должен быть zpl, tspl, escpos или pdf.</translation>
    </message>
    <message>
        <source>The office postcode must be 6 digits, not &quot;%1&quot;.</source>
        <translation>Индекс отделения должен состоять из 6 цифр, а не «%1».</translation>
    </message>
    <message>
        <source>The office name must not be empty (e.g. &quot;Москва 101000&quot;).</source>
        <translation>Название отделения не может быть пустым (например, «Москва 101000»).</translation>
    </message>
    <message>
        <source>The office name is longer than 100 characters.</source>
        <translation>Название отделения длиннее 100 знаков.</translation>
    </message>
    <message>
        <source>The counter number must be a whole number from 1 to 999, not &quot;%1&quot;.</source>
        <translation>Номер окна должен быть целым числом от 1 до 999, а не «%1».</translation>
    </message>
    <message>
        <source>Identifier ranges &quot;%1&quot; and &quot;%2&quot; overlap.</source>
        <translation>Диапазоны идентификаторов «%1» и «%2» пересекаются.</translation>
    </message>
    <message>
        <source>The %1 printer is given twice.</source>
        <translation>Принтер для роли %1 указан дважды.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>Cannot write the configuration file %1 (for /etc/postcounter run the setup as root).</source>
        <translation>Не удаётся записать файл настроек %1 (для /etc/postcounter запустите настройку от имени root).</translation>
    </message>
    <message>
        <source>%1 was written but its group could not be restored.</source>
        <translation>%1 записан, но восстановить его группу не удалось.</translation>
    </message>
</context>
<context>
    <name>Shift</name>
    <message>
        <source>Counter %1 already has an open shift: close it first.</source>
        <translation>В окне %1 уже открыта смена: сначала закройте её.</translation>
    </message>
    <message>
        <source>Shift %1 is closed and sealed: it cannot be changed. Record a correction in a new shift.</source>
        <translation>Смена %1 закрыта и зафиксирована: изменить её нельзя. Оформите исправление в новой смене.</translation>
    </message>
    <message>
        <source>%1 is not a rouble coin or note.</source>
        <translation>%1 — не номинал рублёвой монеты или банкноты.</translation>
    </message>
    <message>
        <source>The number of %1 pieces cannot be negative.</source>
        <translation>Количество монет или банкнот номиналом %1 не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Write the count as DENOMINATIONxCOUNT pairs, e.g. 5000x2,100x3,0.50x4 (not &quot;%1&quot;).</source>
        <translation>Запишите пересчёт парами НОМИНАЛxКОЛИЧЕСТВО, например 5000x2,100x3,0.50x4 (а не «%1»).</translation>
    </message>
    <message>
        <source>Counter %1 has no open shift: open a shift (count the float) before working.</source>
        <translation>В окне %1 нет открытой смены: перед началом работы откройте смену (пересчитайте наличные на начало смены).</translation>
    </message>
    <message>
        <source>Shift %1 has been open for more than %2 hours: close it now; no further operations are allowed in it.</source>
        <translation>Смена %1 открыта дольше %2 ч: закройте её сейчас; операции в ней больше не допускаются.</translation>
    </message>
    <message>
        <source>Shift %1 reaches its %2-hour limit in %3 minutes: count the cash and close it.</source>
        <translation>Через %3 мин смена %1 достигнет предела в %2 ч: пересчитайте наличные и закройте её.</translation>
    </message>
    <message>
        <source>The float cannot be negative.</source>
        <translation>Сумма наличных на начало смены не может быть отрицательной.</translation>
    </message>
    <message>
        <source>There is no active operator %1: an administrator adds it first.</source>
        <translation>Нет активного оператора %1: сначала его должен добавить администратор.</translation>
    </message>
    <message>
        <source>Counter %1 already has shift %2 open since %3 UTC: close it before opening a new one.</source>
        <translation>В окне %1 уже открыта смена %2 (с %3 UTC): закройте её, прежде чем открывать новую.</translation>
    </message>
    <message>
        <source>There is no shift %1.</source>
        <translation>Смены %1 нет.</translation>
    </message>
    <message>
        <source>Enter an amount greater than zero.</source>
        <translation>Введите сумму больше нуля.</translation>
    </message>
    <message>
        <source>Say why the cash is moved (e.g. &quot;to the head of office&quot;).</source>
        <translation>Укажите основание движения наличных (например, «сдача начальнику ОПС»).</translation>
    </message>
    <message>
        <source>The drawer should hold %1: %2 cannot be taken out.</source>
        <translation>В кассе должно быть %1: изъять %2 нельзя.</translation>
    </message>
    <message>
        <source>The denominations add up to %1, not %2: count again.</source>
        <translation>По номиналам получается %1, а не %2: пересчитайте.</translation>
    </message>
    <message>
        <source>Count the cash in the drawer before closing.</source>
        <translation>Перед закрытием пересчитайте наличные в кассе.</translation>
    </message>
    <message>
        <source>The counted cash cannot be negative.</source>
        <translation>Пересчитанная сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The drawer holds %1 but should hold %2 (difference %3): write the reason.</source>
        <translation>В кассе %1, а должно быть %2 (расхождение %3): укажите причину.</translation>
    </message>
    <message>
        <source>The drawer holds %1 but should hold %2 (difference %3): a supervisor must approve closing with a discrepancy.</source>
        <translation>В кассе %1, а должно быть %2 (расхождение %3): закрытие с расхождением должен подтвердить начальник ОПС.</translation>
    </message>
    <message>
        <source>The office day cannot be closed: the shift at counter %1 is still open. Close it first.</source>
        <translation>Операционный день отделения нельзя закрыть: смена в окне %1 ещё открыта. Сначала закройте её.</translation>
    </message>
    <message>
        <source>The office day %1 was already closed at %2 (UTC).</source>
        <translation>Операционный день отделения %1 уже закрыт в %2 (UTC).</translation>
    </message>
</context>
<context>
    <name>ShipmentJson</name>
    <message>
        <source>Field &quot;%1&quot; must be %2.</source>
        <translation>Поле «%1» должно быть %2.</translation>
    </message>
    <message>
        <source>Unknown field &quot;%1&quot;.</source>
        <translation>Неизвестное поле «%1».</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строкой</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>целым числом</translation>
    </message>
    <message>
        <source>a smaller integer</source>
        <translation>меньшим целым числом</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массивом</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объектом</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be one of street, po_box, poste_restante, unit.</source>
        <translation>Поле «%1» должно быть одним из: street, po_box, poste_restante, unit.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must be one of gift, documents, sale_of_goods, commercial_sample, returned_goods, other.</source>
        <translation>Поле «%1» должно быть одним из: gift, documents, sale_of_goods, commercial_sample, returned_goods, other.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is required: the tariff object code, e.g. 4030 for a domestic parcel.</source>
        <translation>Поле «%1» обязательно: код объекта тарифа, например 4030 для посылки по России.</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; must list three sizes in mm [l, w, h].</source>
        <translation>Поле «%1» должно содержать три размера в мм [д, ш, в].</translation>
    </message>
    <message>
        <source>a size in millimetres</source>
        <translation>размером в миллиметрах</translation>
    </message>
    <message>
        <source>a service code</source>
        <translation>кодом услуги</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; is &quot;address&quot; or &quot;by_recipient_phone&quot;.</source>
        <translation>Поле «%1» — «address» или «by_recipient_phone».</translation>
    </message>
</context>
<context>
    <name>ShipmentRules</name>
    <message>
        <source>The declared value cannot be negative.</source>
        <translation>Объявленная ценность не может быть отрицательной.</translation>
    </message>
    <message>
        <source>A declared value of %1 needs a product with declared value (category 2 or 4); choose that product or remove the declared value.</source>
        <translation>Для объявленной ценности %1 нужен продукт с объявленной ценностью (категория 2 или 4); выберите его или уберите ценность.</translation>
    </message>
    <message>
        <source>This product is sent with a declared value: enter the declared value.</source>
        <translation>Этот продукт отправляется с объявленной ценностью: введите её.</translation>
    </message>
    <message>
        <source>The cash-on-delivery amount cannot be negative.</source>
        <translation>Сумма наложенного платежа не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Cash on delivery of %1 needs a product with declared value and cash on delivery (category 4); choose that product or remove the COD amount.</source>
        <translation>Для наложенного платежа %1 нужен продукт с объявленной ценностью и наложенным платежом (категория 4); выберите его или уберите наложенный платёж.</translation>
    </message>
    <message>
        <source>Cash on delivery of %1 needs a declared value of at least that amount; enter the declared value.</source>
        <translation>Для наложенного платежа %1 нужна объявленная ценность не меньше этой суммы; введите объявленную ценность.</translation>
    </message>
    <message>
        <source>COD %1 is more than the declared value %2: lower the COD or raise the declared value.</source>
        <translation>Наложенный платёж %1 больше объявленной ценности %2: уменьшите наложенный платёж или увеличьте ценность.</translation>
    </message>
    <message>
        <source>An inventory of contents is filled in but the inventory service (Ф.107) is not selected: select the service or clear the inventory.</source>
        <translation>Опись вложения заполнена, но услуга «опись вложения» (Ф.107) не выбрана: выберите услугу или очистите опись.</translation>
    </message>
    <message>
        <source>An inventory of contents (Ф.107) is only possible with a declared value: enter the declared value.</source>
        <translation>Опись вложения (Ф.107) возможна только с объявленной ценностью: введите объявленную ценность.</translation>
    </message>
    <message>
        <source>The inventory service (Ф.107) is selected but the inventory has no lines: list the contents.</source>
        <translation>Выбрана услуга «опись вложения» (Ф.107), но в описи нет строк: перечислите вложение.</translation>
    </message>
    <message>
        <source>Inventory line %1 has no description: describe the item.</source>
        <translation>В строке описи %1 нет наименования: опишите предмет.</translation>
    </message>
    <message>
        <source>Inventory line %1: the quantity must be at least 1.</source>
        <translation>Строка описи %1: количество должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>Inventory line %1: the declared value cannot be negative.</source>
        <translation>Строка описи %1: объявленная ценность не может быть отрицательной.</translation>
    </message>
    <message>
        <source>The inventory lines add up to %1 but the item&apos;s declared value is %2: they must be equal.</source>
        <translation>Строки описи в сумме дают %1, а объявленная ценность отправления %2: они должны совпадать.</translation>
    </message>
    <message>
        <source>Customs line %1 has no description: describe the contents in detail.</source>
        <translation>В таможенной строке %1 нет описания: подробно опишите вложение.</translation>
    </message>
    <message>
        <source>Customs line %1: the quantity must be at least 1.</source>
        <translation>Таможенная строка %1: количество должно быть не меньше 1.</translation>
    </message>
    <message>
        <source>Customs line %1: enter the net weight in grams.</source>
        <translation>Таможенная строка %1: введите вес нетто в граммах.</translation>
    </message>
    <message>
        <source>Customs line %1: the value cannot be negative.</source>
        <translation>Таможенная строка %1: стоимость не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Customs line %1: goods sold or commercial samples need their value.</source>
        <translation>Таможенная строка %1: для продажи товаров и коммерческих образцов нужна стоимость.</translation>
    </message>
    <message>
        <source>Customs line %1: goods sold or commercial samples need an HS code (6 to 10 digits).</source>
        <translation>Таможенная строка %1: для продажи товаров и коммерческих образцов нужен код ТН ВЭД (6–10 цифр).</translation>
    </message>
    <message>
        <source>Customs line %1: the HS code &quot;%2&quot; must be 6 to 10 digits.</source>
        <translation>Таможенная строка %1: код ТН ВЭД «%2» должен состоять из 6–10 цифр.</translation>
    </message>
    <message>
        <source>Customs line %1: enter the country of origin as a two-letter code (e.g. RU, CN).</source>
        <translation>Таможенная строка %1: укажите страну происхождения двухбуквенным кодом (например, RU, CN).</translation>
    </message>
    <message>
        <source>The customs lines weigh %1 g net, more than the whole item (%2 g): correct the weights.</source>
        <translation>Вес нетто таможенных строк %1 г больше веса всего отправления (%2 г): исправьте веса.</translation>
    </message>
    <message>
        <source>This international item needs a customs declaration CN 23: fill it in.</source>
        <translation>Этому международному отправлению нужна таможенная декларация CN 23: заполните её.</translation>
    </message>
    <message>
        <source>This international item needs a customs declaration CN 22: fill it in.</source>
        <translation>Этому международному отправлению нужна таможенная декларация CN 22: заполните её.</translation>
    </message>
    <message>
        <source>The customs declaration has no lines: list the contents.</source>
        <translation>В таможенной декларации нет строк: перечислите вложение.</translation>
    </message>
    <message>
        <source>The currency &quot;%1&quot; has no exchange rate configured: declare the value in RUB, USD, EUR or another configured currency.</source>
        <translation>Для валюты «%1» не задан курс: укажите стоимость в RUB, USD, EUR или другой настроенной валюте.</translation>
    </message>
    <message>
        <source>The customs category is &quot;Other&quot;: explain the nature of the contents.</source>
        <translation>Категория вложения «Прочее»: поясните характер вложения.</translation>
    </message>
    <message>
        <source>The declared value %1 is more than the customs value of the contents (%2): lower the declared value or correct the customs lines.</source>
        <translation>Объявленная ценность %1 больше таможенной стоимости вложения (%2): уменьшите ценность или исправьте таможенные строки.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s name.</source>
        <translation>Введите имя получателя.</translation>
    </message>
    <message>
        <source>An international item needs the recipient&apos;s country as a two-letter code other than RU (e.g. DE, CN).</source>
        <translation>Для международного отправления нужна страна получателя двухбуквенным кодом, кроме RU (например, DE, CN).</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s town or city.</source>
        <translation>Введите населённый пункт получателя.</translation>
    </message>
    <message>
        <source>A domestic item goes to Russia (RU), not to &quot;%1&quot;: choose an international product.</source>
        <translation>Внутреннее отправление идёт по России (RU), а не в «%1»: выберите международный продукт.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s postcode (6 digits).</source>
        <translation>Введите индекс получателя (6 цифр).</translation>
    </message>
    <message>
        <source>The recipient&apos;s postcode &quot;%1&quot; must be exactly 6 digits.</source>
        <translation>Индекс получателя «%1» должен состоять ровно из 6 цифр.</translation>
    </message>
    <message>
        <source>The recipient&apos;s address is missing: enter the street and house (or choose P.O. box or poste restante).</source>
        <translation>Нет адреса получателя: введите улицу и дом (или выберите абонентский ящик либо «до востребования»).</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s street.</source>
        <translation>Введите улицу получателя.</translation>
    </message>
    <message>
        <source>Enter the recipient&apos;s house number.</source>
        <translation>Введите номер дома получателя.</translation>
    </message>
    <message>
        <source>A P.O. box address needs the box number.</source>
        <translation>Для адреса «абонентский ящик» нужен номер ящика.</translation>
    </message>
    <message>
        <source>The phone number &quot;%1&quot; is not plausible: use +7 and 10 digits, 8 and 10 digits, or + and the international number.</source>
        <translation>Номер телефона «%1» неправдоподобен: используйте +7 и 10 цифр, 8 и 10 цифр или + и международный номер.</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s name.</source>
        <translation>Введите имя отправителя.</translation>
    </message>
    <message>
        <source>Enter the sender&apos;s postcode (6 digits).</source>
        <translation>Введите индекс отправителя (6 цифр).</translation>
    </message>
    <message>
        <source>The sender&apos;s postcode &quot;%1&quot; must be exactly 6 digits.</source>
        <translation>Индекс отправителя «%1» должен состоять ровно из 6 цифр.</translation>
    </message>
    <message>
        <source>Weigh the item: its weight must be above 0 g.</source>
        <translation>Взвесьте отправление: вес должен быть больше 0 г.</translation>
    </message>
    <message>
        <source>The declared or measured weight is out of range: weigh the item again.</source>
        <translation>Заявленный или измеренный вес вне допустимых пределов: взвесьте отправление ещё раз.</translation>
    </message>
    <message>
        <source>The item weighs %1 g but the sender declared %2 g: the difference of %3 g is more than the %4 g allowed. Refuse the item or have the sender correct the weight.</source>
        <translation>Отправление весит %1 г, а отправитель заявил %2 г: разница %3 г больше допустимых %4 г. Откажите в приёме или попросите отправителя исправить вес.</translation>
    </message>
</context>
<context>
    <name>Sms</name>
    <message>
        <source>A code was sent and is valid until %1 UTC: ask the recipient for it, or wait until it expires.</source>
        <translation>Код уже отправлен и действителен до %1 UTC: спросите его у получателя или дождитесь окончания срока действия.</translation>
    </message>
    <message>
        <source>[sms] gateway=%1 is not known: use none or sim.</source>
        <translation>[sms] gateway=%1 — неизвестное значение: используйте none или sim.</translation>
    </message>
    <message>
        <source>Cannot create the SMS spool directory %1.</source>
        <translation>Не удаётся создать каталог очереди SMS %1.</translation>
    </message>
    <message>
        <source>The simulated SMS gateway cannot write to %1.</source>
        <translation>Имитатор SMS-шлюза не может записать в %1.</translation>
    </message>
    <message>
        <source>No SMS was sent to that phone.</source>
        <translation>На этот телефон SMS не отправлялись.</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>Item %1 has already arrived: it is stored at %2.</source>
        <translation>Отправление %1 уже поступило: оно хранится в ячейке %2.</translation>
    </message>
    <message>
        <source>Item %1 is not in storage here.</source>
        <translation>Отправления %1 нет на хранении здесь.</translation>
    </message>
    <message>
        <source>An extension needs a positive number of days.</source>
        <translation>Для продления нужно положительное число дней.</translation>
    </message>
    <message>
        <source>The item is already kept %1 days: %2 more would exceed the limit of %3 days in total (at most %4 more).</source>
        <translation>Отправление уже хранится %1 дн.: ещё %2 превысит предел %3 дн. всего (можно не более %4).</translation>
    </message>
    <message>
        <source>Notice Ф.22 %1</source>
        <translation>Извещение Ф.22 %1</translation>
    </message>
    <message>
        <source>Item %1 is not known here: weigh it (or take the weight from the container list) to register its arrival.</source>
        <translation>Отправление %1 здесь неизвестно: взвесьте его (или возьмите вес из описи ёмкости), чтобы зарегистрировать поступление.</translation>
    </message>
    <message>
        <source>The office calendar has no working day in the coming year: check the holidays configured.</source>
        <translation>В календаре отделения нет рабочих дней на год вперёд: проверьте настроенные праздники.</translation>
    </message>
    <message>
        <source>Customs duty cannot be negative.</source>
        <translation>Таможенная пошлина не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Remind how many days before the end: 0 or more.</source>
        <translation>За сколько дней до окончания напомнить: 0 или больше.</translation>
    </message>
    <message>
        <source>The item has the SMS notice service but no mobile number of the recipient: only the paper notice goes.</source>
        <translation>У отправления услуга SMS-извещения, но нет мобильного номера получателя: уходит только бумажное извещение.</translation>
    </message>
    <message>
        <source>No SMS gateway is configured ([sms] gateway): the SMS notice was not sent.</source>
        <translation>SMS-шлюз не настроен ([sms] gateway): SMS-извещение не отправлено.</translation>
    </message>
    <message>
        <source>The SMS notice was not sent: %1</source>
        <translation>SMS-извещение не отправлено: %1</translation>
    </message>
</context>
<context>
    <name>StorageTexts</name>
    <message>
        <source>poste restante</source>
        <translation>до востребования</translation>
    </message>
    <message>
        <source>P.O. box</source>
        <translation>абонементный ящик</translation>
    </message>
    <message>
        <source>counter</source>
        <translation>окно</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <source>court letter</source>
        <translation>судебное письмо</translation>
    </message>
    <message>
        <source>money transfer</source>
        <translation>почтовый перевод</translation>
    </message>
    <message>
        <source>parcel</source>
        <translation>посылка</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>на хранении</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>вручено</translation>
    </message>
    <message>
        <source>returned</source>
        <translation>возвращено</translation>
    </message>
    <message>
        <source>unclaimed</source>
        <translation>невостребовано</translation>
    </message>
</context>
<context>
    <name>Sync</name>
    <message>
        <source>The tracking service sent an answer that is not a JSON object (%1).</source>
        <translation>Сервис отслеживания прислал ответ, который не является объектом JSON (%1).</translation>
    </message>
    <message>
        <source>%1: the setting %2 must be a whole number from %3 to %4.</source>
        <translation>%1: параметр %2 должен быть целым числом от %3 до %4.</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1.</source>
        <translation>Не удаётся прочитать файл настроек %1.</translation>
    </message>
    <message>
        <source>No tracking service is configured: set endpoint in the [sync] section of the configuration file, or pass --endpoint URL.</source>
        <translation>Сервис отслеживания не настроен: задайте endpoint в разделе [sync] файла настроек или укажите --endpoint URL.</translation>
    </message>
    <message>
        <source>The tracking service address &quot;%1&quot; is not a valid URL.</source>
        <translation>Адрес сервиса отслеживания «%1» не является допустимым URL.</translation>
    </message>
    <message>
        <source>The tracking service address %1 uses plain HTTP; only https:// is allowed outside this computer.</source>
        <translation>Адрес сервиса отслеживания %1 использует незащищённый HTTP; за пределами этого компьютера допускается только https://.</translation>
    </message>
    <message>
        <source>The tracking service address %1 must start with https://.</source>
        <translation>Адрес сервиса отслеживания %1 должен начинаться с https://.</translation>
    </message>
    <message>
        <source>No counter token is configured: set token in the [sync] section of the configuration file, or pass --token T.</source>
        <translation>Токен окна не настроен: задайте token в разделе [sync] файла настроек или укажите --token T.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 cannot be read.</source>
        <translation>Не удаётся прочитать файл сертификата УЦ %1.</translation>
    </message>
    <message>
        <source>Every tracking event has been delivered.</source>
        <translation>Все события отслеживания доставлены.</translation>
    </message>
    <message>
        <source>The tracking service refused this counter&apos;s token (HTTP %1). Sending is stopped until an administrator configures a valid token.</source>
        <translation>Сервис отслеживания отклонил токен этого окна (HTTP %1). Отправка остановлена, пока администратор не настроит действительный токен.</translation>
    </message>
    <message>
        <source>The tracking service is busy and asked to wait (HTTP 429).</source>
        <translation>Сервис отслеживания перегружен и просит подождать (HTTP 429).</translation>
    </message>
    <message>
        <source>The tracking service has an internal error (HTTP %1).</source>
        <translation>Внутренняя ошибка сервиса отслеживания (HTTP %1).</translation>
    </message>
    <message>
        <source>The tracking service gave an unexpected answer (HTTP %1): %2</source>
        <translation>Сервис отслеживания дал неожиданный ответ (HTTP %1): %2</translation>
    </message>
    <message>
        <source>The tracking service did not acknowledge %1 of the events sent.</source>
        <translation>Сервис отслеживания не подтвердил получение %1 из отправленных событий.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate (-----BEGIN CERTIFICATE-----).</source>
        <translation>Файл сертификата УЦ %1 не содержит сертификата PEM (-----BEGIN CERTIFICATE-----).</translation>
    </message>
    <message>
        <source>The tracking service did not answer within %1 s.</source>
        <translation>Сервис отслеживания не ответил за %1 с.</translation>
    </message>
    <message>
        <source>The tracking service&apos;s certificate is not trusted (%1). If the service uses its own certificate authority, set ca_file in the [sync] section to its CA certificate (PEM).</source>
        <translation>Сертификат сервиса отслеживания не является доверенным (%1). Если сервис использует собственный удостоверяющий центр, укажите в параметре ca_file раздела [sync] сертификат этого УЦ (PEM).</translation>
    </message>
    <message>
        <source>The tracking service&apos;s certificate is not trusted (%1), not even with the CA certificate of %2: check that ca_file names the CA that issued it.</source>
        <translation>Сертификат сервиса отслеживания не является доверенным (%1) даже с сертификатом УЦ из %2: проверьте, что ca_file указывает на УЦ, который его выдал.</translation>
    </message>
    <message>
        <source>The tracking service cannot be reached: %1.</source>
        <translation>Сервис отслеживания недоступен: %1.</translation>
    </message>
</context>
<context>
    <name>TariffEngine</name>
    <message>
        <source>sender&apos;s</source>
        <translation>отправителя</translation>
    </message>
    <message>
        <source>recipient&apos;s</source>
        <translation>получателя</translation>
    </message>
    <message>
        <source>Object %1 is not priced by tariff &quot;%2&quot;: check the product and category.</source>
        <translation>Объект %1 не тарифицируется по тарифу «%2»: проверьте вид и категорию отправления.</translation>
    </message>
    <message>
        <source>The quote needs a valid date.</source>
        <translation>Для расчёта нужна правильная дата.</translation>
    </message>
    <message>
        <source>Tariff &quot;%1&quot; takes effect on %2; there is no tariff for %3.</source>
        <translation>Тариф «%1» вступает в силу %2; на %3 тарифа нет.</translation>
    </message>
    <message>
        <source>The %1 postcode &quot;%2&quot; is not six digits.</source>
        <translation>Индекс %1 «%2» не из шести цифр.</translation>
    </message>
    <message>
        <source>Postcode %1 does not exist in tariff &quot;%2&quot;.</source>
        <translation>Индекса %1 нет в тарифе «%2».</translation>
    </message>
    <message>
        <source>%1 is a domestic item: give the recipient&apos;s postcode (&quot;to&quot;).</source>
        <translation>%1 — внутреннее отправление: укажите индекс получателя (&quot;to&quot;).</translation>
    </message>
    <message>
        <source>The route %1 → %2 (%3 → %4) cannot be priced for %5.</source>
        <translation>Маршрут %1 → %2 (%3 → %4) не тарифицируется для %5.</translation>
    </message>
    <message>
        <source>%1 is an international item: give the destination country (&quot;country&quot;).</source>
        <translation>%1 — международное отправление: укажите страну назначения (&quot;country&quot;).</translation>
    </message>
    <message>
        <source>%1 is not accepted for country &quot;%2&quot;.</source>
        <translation>%1: приём в страну «%2» не производится.</translation>
    </message>
    <message>
        <source>Weigh the item: the weight must be at least 1 g.</source>
        <translation>Взвесьте отправление: вес должен быть не меньше 1 г.</translation>
    </message>
    <message>
        <source>%1 g is over the %2 g limit of %3.</source>
        <translation>%1 г больше предельного веса %2 г (%3).</translation>
    </message>
    <message>
        <source>Each dimension must be at least 1 mm.</source>
        <translation>Каждый размер должен быть не меньше 1 мм.</translation>
    </message>
    <message>
        <source>The longest side, %1 mm, is over the %2 mm limit of %3.</source>
        <translation>Наибольшая сторона, %1 мм, больше предельной %2 мм (%3).</translation>
    </message>
    <message>
        <source>The sum of the sides, %1 mm, is over the %2 mm limit of %3.</source>
        <translation>Сумма сторон, %1 мм, больше предельной %2 мм (%3).</translation>
    </message>
    <message>
        <source>The declared value cannot be negative.</source>
        <translation>Объявленная ценность не может быть отрицательной.</translation>
    </message>
    <message>
        <source>%1 takes no declared value: choose the product &quot;with declared value&quot;.</source>
        <translation>%1 принимается без объявленной ценности: выберите вид «с объявленной ценностью».</translation>
    </message>
    <message>
        <source>%1 needs a declared value.</source>
        <translation>%1: требуется объявленная ценность.</translation>
    </message>
    <message>
        <source>The declared value %1 is over the %2 limit of %3.</source>
        <translation>Объявленная ценность %1 больше предельной %2 (%3).</translation>
    </message>
    <message>
        <source>The cash-on-delivery amount cannot be negative.</source>
        <translation>Сумма наложенного платежа не может быть отрицательной.</translation>
    </message>
    <message>
        <source>%1 takes no cash on delivery: choose the product &quot;with declared value and COD&quot;.</source>
        <translation>%1 принимается без наложенного платежа: выберите вид «с объявленной ценностью и наложенным платежом».</translation>
    </message>
    <message>
        <source>%1 needs the cash-on-delivery amount.</source>
        <translation>%1: укажите сумму наложенного платежа.</translation>
    </message>
    <message>
        <source>Cash on delivery needs a declared value.</source>
        <translation>Наложенный платёж возможен только с объявленной ценностью.</translation>
    </message>
    <message>
        <source>The cash-on-delivery amount %1 is over the declared value %2.</source>
        <translation>Сумма наложенного платежа %1 больше объявленной ценности %2.</translation>
    </message>
    <message>
        <source>The cash-on-delivery amount %1 is over the %2 limit.</source>
        <translation>Сумма наложенного платежа %1 больше предельной %2.</translation>
    </message>
    <message>
        <source>Service %1 does not exist in tariff &quot;%2&quot;.</source>
        <translation>Услуги %1 нет в тарифе «%2».</translation>
    </message>
    <message>
        <source>%1 does not offer service %2 (%3).</source>
        <translation>%1: услуга %2 (%3) не предоставляется.</translation>
    </message>
    <message>
        <source>Service %1 (%2) is listed twice.</source>
        <translation>Услуга %1 (%2) указана дважды.</translation>
    </message>
    <message>
        <source>Service %1 (%2) cannot be combined with %3 (%4).</source>
        <translation>Услугу %1 (%2) нельзя сочетать с услугой %3 (%4).</translation>
    </message>
    <message>
        <source>Service %1 (%2) needs cash on delivery.</source>
        <translation>Услуга %1 (%2) возможна только с наложенным платежом.</translation>
    </message>
    <message>
        <source>Service %1 (%2) needs a declared value.</source>
        <translation>Услуга %1 (%2) возможна только с объявленной ценностью.</translation>
    </message>
    <message>
        <source>%1 cannot be sent by the recipient&apos;s phone number under tariff &quot;%2&quot;: take the recipient&apos;s address, or choose another product.</source>
        <translation>%1 нельзя отправить по номеру телефона получателя по тарифу «%2»: укажите адрес получателя или выберите другой продукт.</translation>
    </message>
    <message>
        <source>%1 sent by phone number from %2 cannot be priced: the tariff serves no zone for it.</source>
        <translation>%1 по номеру телефона из %2 не тарифицируется: в тарифе нет для него зоны.</translation>
    </message>
</context>
<context>
    <name>TariffParser</name>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>строка %1: %2: %3</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; (a typo?)</source>
        <translation>неизвестный ключ «%1» (опечатка?)</translation>
    </message>
    <message>
        <source>missing key &quot;%1&quot;</source>
        <translation>нет ключа «%1»</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ожидалось целое число</translation>
    </message>
    <message>
        <source>%1 is out of range %2…%3</source>
        <translation>%1 вне диапазона %2…%3</translation>
    </message>
    <message>
        <source>expected a percentage 0…100 with at most two decimals</source>
        <translation>ожидался процент 0…100, не более двух знаков после запятой</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>ожидалась непустая строка</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>ожидалось true или false</translation>
    </message>
    <message>
        <source>expected a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>ожидалась дата YYYY-MM-DD, а не «%1»</translation>
    </message>
    <message>
        <source>expected an object {…}</source>
        <translation>ожидался объект {…}</translation>
    </message>
    <message>
        <source>expected an array […]</source>
        <translation>ожидался массив […]</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>expected a six-digit postcode, not &quot;%1&quot;</source>
        <translation>ожидался шестизначный индекс, а не «%1»</translation>
    </message>
    <message>
        <source>unsupported format &quot;%1&quot;; this build reads &quot;%2&quot;</source>
        <translation>неподдерживаемый формат «%1»; эта сборка читает «%2»</translation>
    </message>
    <message>
        <source>Declared value fee</source>
        <translation>Плата за объявленную ценность</translation>
    </message>
    <message>
        <source>VAT periods must be in ascending order of &quot;from&quot;</source>
        <translation>периоды НДС должны идти по возрастанию &quot;from&quot;</translation>
    </message>
    <message>
        <source>the first VAT period starts after effective_from: no VAT rate for the first days</source>
        <translation>первый период НДС начинается позже effective_from: для первых дней нет ставки НДС</translation>
    </message>
    <message>
        <source>at most %1 regions</source>
        <translation>регионов — не более %1</translation>
    </message>
    <message>
        <source>region &quot;%1&quot; is listed twice</source>
        <translation>регион «%1» указан дважды</translation>
    </message>
    <message>
        <source>has %1 rows, expected %2 (one per region)</source>
        <translation>строк: %1, ожидалось %2 (по одной на регион)</translation>
    </message>
    <message>
        <source>expected a row of %1 zones (one per region)</source>
        <translation>ожидалась строка поясов длиной %1 (по одному на регион)</translation>
    </message>
    <message>
        <source>&quot;to&quot; is before &quot;from&quot;</source>
        <translation>&quot;to&quot; меньше &quot;from&quot;</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot; (not in &quot;regions&quot;)</source>
        <translation>неизвестный регион «%1» (нет в &quot;regions&quot;)</translation>
    </message>
    <message>
        <source>postcode %1 is already in an earlier row</source>
        <translation>индекс %1 уже есть в одной из предыдущих строк</translation>
    </message>
    <message>
        <source>groups are numbered 1, 2, 3… in order; expected %1</source>
        <translation>группы нумеруются по порядку 1, 2, 3…; ожидался номер %1</translation>
    </message>
    <message>
        <source>expected an ISO 3166-1 alpha-2 code in capitals, not &quot;%1&quot;</source>
        <translation>ожидался код ISO 3166-1 alpha-2 заглавными буквами, а не «%1»</translation>
    </message>
    <message>
        <source>country %1 is listed twice</source>
        <translation>страна %1 указана дважды</translation>
    </message>
    <message>
        <source>expected [min, max] days</source>
        <translation>ожидался срок в днях [min, max]</translation>
    </message>
    <message>
        <source>unknown region &quot;%1&quot;</source>
        <translation>неизвестный регион «%1»</translation>
    </message>
    <message>
        <source>at most %1 services</source>
        <translation>услуг — не более %1</translation>
    </message>
    <message>
        <source>service %1 is listed twice</source>
        <translation>услуга %1 указана дважды</translation>
    </message>
    <message>
        <source>expected one of fixed_kop, percent_of_postage or &quot;none&quot;: true</source>
        <translation>ожидалось одно из: fixed_kop, percent_of_postage или &quot;none&quot;: true</translation>
    </message>
    <message>
        <source>&quot;requires&quot; is &quot;cod&quot; or &quot;declared_value&quot;, not &quot;%1&quot;</source>
        <translation>&quot;requires&quot; — &quot;cod&quot; или &quot;declared_value&quot;, а не «%1»</translation>
    </message>
    <message>
        <source>expected an array of service codes</source>
        <translation>ожидался массив кодов услуг</translation>
    </message>
    <message>
        <source>service %1 is not in &quot;services&quot;</source>
        <translation>услуги %1 нет в &quot;services&quot;</translation>
    </message>
    <message>
        <source>brackets must be in ascending order of up_to_kop</source>
        <translation>диапазоны должны идти по возрастанию up_to_kop</translation>
    </message>
    <message>
        <source>has %1 prices, expected 1 (flat) or %2</source>
        <translation>цен: %1, ожидалась 1 (единая) или %2</translation>
    </message>
    <message>
        <source>object %1: the last digit (direction) is 0 domestic or 1 international</source>
        <translation>объект %1: последняя цифра (направление) — 0 для внутренних или 1 для международных</translation>
    </message>
    <message>
        <source>unknown delivery class &quot;%1&quot;</source>
        <translation>неизвестный класс доставки «%1»</translation>
    </message>
    <message>
        <source>first_kop and step_kop must have the same number of prices</source>
        <translation>в first_kop и step_kop должно быть одинаковое число цен</translation>
    </message>
    <message>
        <source>an international product needs &quot;country_groups&quot;</source>
        <translation>для международного вида отправления нужен &quot;country_groups&quot;</translation>
    </message>
    <message>
        <source>object %1 (category %2) is priced with a declared value: add &quot;declared_value&quot;</source>
        <translation>объект %1 (категория %2) тарифицируется с объявленной ценностью: добавьте &quot;declared_value&quot;</translation>
    </message>
    <message>
        <source>object %1 (category %2) takes no declared value</source>
        <translation>объект %1 (категория %2) принимается без объявленной ценности</translation>
    </message>
    <message>
        <source>object %1 takes COD but &quot;cod&quot; has no brackets</source>
        <translation>объект %1 принимается с наложенным платежом, но в &quot;cod&quot; нет диапазонов</translation>
    </message>
    <message>
        <source>object %1 is listed twice</source>
        <translation>объект %1 указан дважды</translation>
    </message>
    <message>
        <source>a tariff file is one JSON object {…}</source>
        <translation>файл тарифа — один объект JSON {…}</translation>
    </message>
    <message>
        <source>object %1 is not in &quot;products&quot;</source>
        <translation>объекта %1 нет в «products»</translation>
    </message>
    <message>
        <source>object %1 is international: only domestic items are sent by the recipient&apos;s phone number</source>
        <translation>объект %1 международный: по номеру телефона получателя отправляются только внутренние отправления</translation>
    </message>
    <message>
        <source>missing key &quot;zone&quot;</source>
        <translation>нет ключа «zone»</translation>
    </message>
    <message>
        <source>&quot;zone&quot; is &quot;farthest&quot; or a zone number, not &quot;%1&quot;</source>
        <translation>«zone» — «farthest» или номер зоны, а не «%1»</translation>
    </message>
    <message>
        <source>object %1 is not served in zone %2</source>
        <translation>объект %1 не обслуживается в зоне %2</translation>
    </message>
</context>
<context>
    <name>TariffRepository</name>
    <message>
        <source>reading the tariff versions</source>
        <translation>чтение версий тарифа</translation>
    </message>
    <message>
        <source>A different tariff named &quot;%1&quot; is already imported; give the new file its own &quot;name&quot;.</source>
        <translation>Другой тариф с именем «%1» уже импортирован; задайте новому файлу собственное &quot;name&quot;.</translation>
    </message>
    <message>
        <source>Tariff &quot;%1&quot; already takes effect on %2; a new version needs another effective_from date.</source>
        <translation>Тариф «%1» уже вступает в силу %2; для новой версии нужна другая дата effective_from.</translation>
    </message>
    <message>
        <source>saving the tariff version</source>
        <translation>сохранение версии тарифа</translation>
    </message>
    <message>
        <source>listing the tariff versions</source>
        <translation>получение списка версий тарифа</translation>
    </message>
    <message>
        <source>reading the tariff in force</source>
        <translation>чтение действующего тарифа</translation>
    </message>
    <message>
        <source>counting the tariff versions</source>
        <translation>подсчёт версий тарифа</translation>
    </message>
</context>
<context>
    <name>TariffService</name>
    <message>
        <source>The bundled tariff %1 could not be imported: %2</source>
        <translation>Не удалось импортировать встроенный тариф %1: %2</translation>
    </message>
    <message>
        <source>No tariff version is in force on %1: import one with &quot;postcounter-cli tariff import FILE&quot;.</source>
        <translation>На %1 нет действующей версии тарифа: импортируйте её командой &quot;postcounter-cli tariff import FILE&quot;.</translation>
    </message>
    <message>
        <source>The tariff version list changed; try again.</source>
        <translation>Список версий тарифа изменился; повторите попытку.</translation>
    </message>
    <message>
        <source>The stored tariff &quot;%1&quot; cannot be read: %2</source>
        <translation>Не удаётся прочитать сохранённый тариф «%1»: %2</translation>
    </message>
    <message>
        <source>Cannot read the tariff file %1: %2</source>
        <translation>Не удаётся прочитать файл тарифа %1: %2</translation>
    </message>
</context>
<context>
    <name>Void</name>
    <message>
        <source>Say why the item is voided: the reason is kept with the reversal.</source>
        <translation>Укажите причину аннулирования: она сохраняется вместе со сторнирующей операцией.</translation>
    </message>
    <message>
        <source>No shift is open at this counter: an item can only be voided within the shift it was accepted in.</source>
        <translation>В этом окне нет открытой смены: аннулировать отправление можно только в смене, в которой оно принято.</translation>
    </message>
    <message>
        <source>Item %1 was not accepted here.</source>
        <translation>Отправление %1 принято не здесь.</translation>
    </message>
    <message>
        <source>Item %1 is %2: only an accepted item can be voided.</source>
        <translation>Отправление %1 в статусе «%2»: аннулировать можно только принятое.</translation>
    </message>
    <message>
        <source>Item %1 was accepted in another shift or at another counter: it cannot be voided here. Use a return instead.</source>
        <translation>Отправление %1 принято в другой смене или в другом окне: здесь его аннулировать нельзя. Оформите возврат.</translation>
    </message>
    <message>
        <source>The item was paid by card and no card terminal is configured: the refund cannot be made here.</source>
        <translation>Отправление оплачено картой, а платёжный терминал не подключён: вернуть деньги здесь нельзя.</translation>
    </message>
</context>
<context>
    <name>Weight</name>
    <message>
        <source>Enter the weight.</source>
        <translation>Введите вес.</translation>
    </message>
    <message>
        <source>Grams are whole numbers; for kilograms add &quot;kg&quot;.</source>
        <translation>Граммы — целое число; для килограммов добавьте «кг».</translation>
    </message>
    <message>
        <source>The weight &quot;%1&quot; is not a number.</source>
        <translation>Вес «%1» — не число.</translation>
    </message>
    <message>
        <source>Weights are counted to the gram (3 decimals in kg).</source>
        <translation>Вес указывается с точностью до грамма (3 знака в кг).</translation>
    </message>
    <message>
        <source>The weight is out of range.</source>
        <translation>Вес вне допустимых пределов.</translation>
    </message>
    <message>
        <source>The weight must be more than 0 g.</source>
        <translation>Вес должен быть больше 0 г.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Post-office counter workstation</source>
        <translation>Рабочее место оператора почтового отделения</translation>
    </message>
    <message>
        <source>Simulated devices and the sample office.</source>
        <translation>Имитация устройств и учебное отделение.</translation>
    </message>
    <message>
        <source>Database file.</source>
        <translation>Файл базы данных.</translation>
    </message>
    <message>
        <source>Configuration file.</source>
        <translation>Файл настроек.</translation>
    </message>
    <message>
        <source>Output folder of the headless demo.</source>
        <translation>Папка для результатов демонстрации без экрана.</translation>
    </message>
    <message>
        <source>Print the start-up time and quit (benchmarks).</source>
        <translation>Вывести время запуска и выйти (замеры).</translation>
    </message>
    <message>
        <source>Save a picture of the window and quit (documentation).</source>
        <translation>Сохранить снимок окна и выйти (документация).</translation>
    </message>
    <message>
        <source>Moscow 101000 (sample)</source>
        <translation>Москва 101000 (учебное)</translation>
    </message>
    <message>
        <source>Demo operator</source>
        <translation>Демонстрационный оператор</translation>
    </message>
    <message>
        <source>Demo supervisor</source>
        <translation>Демонстрационный начальник смены</translation>
    </message>
    <message>
        <source>No operator exists yet. An administrator creates the first one with:

postcounter-cli operator add --id ID --name NAME --role admin</source>
        <translation>Операторов ещё нет. Администратор создаёт первого командой:

postcounter-cli operator add --id ID --name ИМЯ --role admin</translation>
    </message>
</context>
<context>
    <name>pc::app::AcceptanceScreen</name>
    <message>
        <source>Acceptance</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Scan or type the barcode</source>
        <translation>Отсканируйте или введите ШПИ</translation>
    </message>
    <message>
        <source>F2: new domestic barcode · F3: new international (S10) · Esc: clear</source>
        <translation>F2: новый ШПИ · F3: новый международный (S10) · Esc: очистить</translation>
    </message>
    <message>
        <source>grams, or kg with &quot;kg&quot; (1,5 kg)</source>
        <translation>граммы или кг с «кг» (1,5 кг)</translation>
    </message>
    <message>
        <source>Accept (Enter)</source>
        <translation>Принять (Enter)</translation>
    </message>
    <message>
        <source>&amp;Barcode:</source>
        <translation>&amp;ШПИ:</translation>
    </message>
    <message>
        <source>&amp;Weight:</source>
        <translation>&amp;Вес:</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Weight, g</source>
        <translation>Вес, г</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Today&apos;s operations</source>
        <translation>Операции за сегодня</translation>
    </message>
    <message>
        <source>(new international identifier)</source>
        <translation>(новый международный идентификатор)</translation>
    </message>
    <message>
        <source>(new domestic barcode)</source>
        <translation>(новый ШПИ)</translation>
    </message>
    <message>
        <source>Scan the barcode, or press F2 for a new one.</source>
        <translation>Отсканируйте ШПИ или нажмите F2 для нового.</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Услуги</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>Вид &amp;отправления:</translation>
    </message>
    <message>
        <source>&amp;To (postcode or country):</source>
        <translation>&amp;Куда (индекс или страна):</translation>
    </message>
    <message>
        <source>&amp;Declared value, ₽:</source>
        <translation>Объявленная &amp;ценность, ₽:</translation>
    </message>
    <message>
        <source>&amp;Cash on delivery, ₽:</source>
        <translation>&amp;Наложенный платёж, ₽:</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Вид отправления</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>country code, e.g. DE</source>
        <translation>код страны, например DE</translation>
    </message>
    <message>
        <source>postcode, e.g. 630099</source>
        <translation>индекс, например 630099</translation>
    </message>
    <message>
        <source>Enter where the item goes: a postcode, or a country code for abroad.</source>
        <translation>Укажите, куда идёт отправление: индекс или, для международного, код страны.</translation>
    </message>
    <message>
        <source>The item cannot be priced.</source>
        <translation>Не удаётся рассчитать стоимость отправления.</translation>
    </message>
    <message>
        <source>Add to basket (Enter)</source>
        <translation>В корзину (Enter)</translation>
    </message>
    <message>
        <source>Price, ₽</source>
        <translation>Цена, ₽</translation>
    </message>
    <message>
        <source>Pay (F12)</source>
        <translation>Оплата (F12)</translation>
    </message>
    <message>
        <source>Basket (Esc in the list removes the selected item)</source>
        <translation>Корзина (Esc в списке удаляет выбранное отправление)</translation>
    </message>
    <message>
        <source>Registered by %1 (list %2): check the weight.</source>
        <translation>Зарегистрировано клиентом %1 (список %2): проверьте вес.</translation>
    </message>
    <message>
        <source>%1 is already in the basket.</source>
        <translation>%1 уже в корзине.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новый</translation>
    </message>
    <message numerus="yes">
        <source>Total: %1 (%n item(s))</source>
        <translation>
            <numerusform>Итого: %1 (%n отправление)</numerusform>
            <numerusform>Итого: %1 (%n отправления)</numerusform>
            <numerusform>Итого: %1 (%n отправлений)</numerusform>
        </translation>
    </message>
    <message>
        <source>The basket is empty: add an item with Enter first.</source>
        <translation>Корзина пуста: сначала добавьте отправление клавишей Enter.</translation>
    </message>
    <message>
        <source>Weight differs</source>
        <translation>Вес отличается</translation>
    </message>
    <message>
        <source>%1

Accept the items with the weight measured at the counter?</source>
        <translation>%1

Принять отправления с весом, измеренным в окне?</translation>
    </message>
    <message>
        <source>Nothing was sold: %1</source>
        <translation>Ничего не продано: %1</translation>
    </message>
    <message>
        <source>Receipt No. %1 · total %2 · change %3</source>
        <translation>Чек № %1 · итог %2 · сдача %3</translation>
    </message>
    <message>
        <source>Receipt No. %1 · total %2</source>
        <translation>Чек № %1 · итог %2</translation>
    </message>
    <message>
        <source>List mode: %1, %2 (%3 of %4 accepted) · Ctrl+L to change</source>
        <translation>Режим списка: %1, %2 (принято %3 из %4) · Ctrl+L — сменить</translation>
    </message>
    <message>
        <source>Card payment of %1: ask the customer to insert or tap the card and enter the PIN on the terminal.</source>
        <translation>Оплата картой %1: попросите покупателя вставить или приложить карту и ввести ПИН-код на терминале.</translation>
    </message>
    <message>
        <source>%1 is already voided.</source>
        <translation>%1 уже аннулировано.</translation>
    </message>
    <message>
        <source>%1 voided: refund receipt No. %2, %3 to give back.</source>
        <translation>%1 аннулировано: чек возврата № %2, вернуть %3.</translation>
    </message>
    <message>
        <source>%1 (voided)</source>
        <translation>%1 (аннулировано)</translation>
    </message>
    <message>
        <source>Return to %1 (code %2, order %3), paid by its contract %4: scan or allocate the barcode, weigh, fill in the sender.</source>
        <translation>Возврат в %1 (код %2, заказ %3), оплачивается по договору %4: отсканируйте или присвойте ШПИ, взвесьте, заполните данные отправителя.</translation>
    </message>
    <message>
        <source>Pre-filled by the customer (code of %1): scan or allocate the barcode, weigh the item, check.</source>
        <translation>Предзаполнено клиентом (код от %1): отсканируйте или присвойте ШПИ, взвесьте отправление, проверьте данные.</translation>
    </message>
</context>
<context>
    <name>pc::app::AddressForm</name>
    <message>
        <source>Addresses</source>
        <translation>Адреса</translation>
    </message>
    <message>
        <source>country code, e.g. DE</source>
        <translation>код страны, например DE</translation>
    </message>
    <message>
        <source>postcode, e.g. 630099</source>
        <translation>индекс, например 630099</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recipient&lt;/b&gt;</source>
        <translation>&lt;b&gt;Получатель&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Страна:</translation>
    </message>
    <message>
        <source>Postcode:</source>
        <translation>Индекс:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>ФИО / название:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Settlement:</source>
        <translation>Населённый пункт:</translation>
    </message>
    <message>
        <source>Street:</source>
        <translation>Улица:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Кв./офис:</translation>
    </message>
    <message>
        <source>House:</source>
        <translation>Дом:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Sender&lt;/b&gt;</source>
        <translation>&lt;b&gt;Отправитель&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (sample directory)</source>
        <translation>%1 (образец справочника)</translation>
    </message>
    <message>
        <source>Street address</source>
        <translation>Адрес (улица, дом)</translation>
    </message>
    <message>
        <source>P.O. box (number in Room)</source>
        <translation>Абонентский ящик (номер в поле «Кв./офис»)</translation>
    </message>
    <message>
        <source>Poste restante</source>
        <translation>До востребования</translation>
    </message>
    <message>
        <source>Military unit (number in Room)</source>
        <translation>Войсковая часть (номер в поле «Кв./офис»)</translation>
    </message>
    <message>
        <source>Deli&amp;very:</source>
        <translation>&amp;Доставка:</translation>
    </message>
    <message>
        <source>B&amp;y recipient&apos;s phone (the recipient chooses the office)</source>
        <translation>&amp;По номеру телефона (отделение выберет получатель)</translation>
    </message>
    <message>
        <source>The recipient will choose the office: give the name and a mobile phone.</source>
        <translation>Отделение выберет получатель: укажите имя и мобильный телефон.</translation>
    </message>
</context>
<context>
    <name>pc::app::BusinessListPanel</name>
    <message>
        <source>Business lists</source>
        <translation>Списки корпоративных клиентов</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Scan this list (Enter)</source>
        <translation>Принимать по этому списку (Enter)</translation>
    </message>
    <message>
        <source>&amp;All lists</source>
        <translation>&amp;Все списки</translation>
    </message>
    <message>
        <source>&amp;Close list…</source>
        <translation>&amp;Закрыть список…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>No open lists.</source>
        <translation>Открытых списков нет.</translation>
    </message>
    <message numerus="yes">
        <source>Still missing: %n item(s)</source>
        <translation>
            <numerusform>Не хватает: %n отправления</numerusform>
            <numerusform>Не хватает: %n отправлений</numerusform>
            <numerusform>Не хватает: %n отправлений</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the list</source>
        <translation>Закрыть список</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of this list were not presented. Close the list anyway? They stay unaccepted and are named on the Ф.103.</source>
        <translation>
            <numerusform>%n отправление из списка не предъявлено. Всё равно закрыть список? Оно останется непринятым и будет указано в Ф.103.</numerusform>
            <numerusform>%n отправления из списка не предъявлены. Всё равно закрыть список? Они останутся непринятыми и будут указаны в Ф.103.</numerusform>
            <numerusform>%n отправлений из списка не предъявлены. Всё равно закрыть список? Они останутся непринятыми и будут указаны в Ф.103.</numerusform>
        </translation>
    </message>
    <message>
        <source>List &quot;%1&quot; closed. Ф.103 print job No. %2.</source>
        <translation>Список «%1» закрыт. Задание печати Ф.103 № %2.</translation>
    </message>
    <message>
        <source>List &quot;%1&quot; closed. Nothing of it was accepted: there is no Ф.103.</source>
        <translation>Список «%1» закрыт. По нему ничего не принято: Ф.103 нет.</translation>
    </message>
</context>
<context>
    <name>pc::app::ChangePasswordDialog</name>
    <message>
        <source>Change your password</source>
        <translation>Смена пароля</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <source>&amp;Current password</source>
        <translation>&amp;Текущий пароль</translation>
    </message>
    <message>
        <source>Reset an operator&apos;s password</source>
        <translation>Сброс пароля оператора</translation>
    </message>
    <message>
        <source>&amp;Operator id</source>
        <translation>&amp;Код оператора</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>Н&amp;овый пароль</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password</source>
        <translation>По&amp;вторите новый пароль</translation>
    </message>
    <message>
        <source>&amp;Supervisor id</source>
        <translation>&amp;Начальник смены (ID)</translation>
    </message>
    <message>
        <source>Supervisor &amp;password</source>
        <translation>&amp;Пароль начальника смены</translation>
    </message>
    <message>
        <source>The two new passwords differ: type the new password twice.</source>
        <translation>Новые пароли не совпадают: введите новый пароль дважды.</translation>
    </message>
</context>
<context>
    <name>pc::app::ClaimDialog</name>
    <message>
        <source>Search claims</source>
        <translation>Поиск заявлений</translation>
    </message>
    <message>
        <source>Scan or type the identifier, Enter</source>
        <translation>Отсканируйте или введите идентификатор, Enter</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Отправление</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Accepted on</source>
        <translation>Дата приёма</translation>
    </message>
    <message>
        <source>Accepted at office</source>
        <translation>Отделение приёма</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Отправитель</translation>
    </message>
    <message>
        <source>Sender&apos;s address</source>
        <translation>Адрес отправителя</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Recipient&apos;s address</source>
        <translation>Адрес получателя</translation>
    </message>
    <message>
        <source>declared value, roubles</source>
        <translation>объявленная ценность, руб.</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Объявленная ценность</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Вложение</translation>
    </message>
    <message>
        <source>Claimant is the</source>
        <translation>Заявитель —</translation>
    </message>
    <message>
        <source>Claimant&apos;s name</source>
        <translation>ФИО заявителя</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Claimant&apos;s address</source>
        <translation>Адрес заявителя</translation>
    </message>
    <message>
        <source>Open the claim and print (F12)</source>
        <translation>Открыть заявление и напечатать (F12)</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Подано</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>answer or closing note</source>
        <translation>ответ или отметка о закрытии</translation>
    </message>
    <message>
        <source>compensation, roubles</source>
        <translation>возмещение, руб.</translation>
    </message>
    <message>
        <source>Answer (F9)</source>
        <translation>Ответ (F9)</translation>
    </message>
    <message>
        <source>Close (F10)</source>
        <translation>Закрыть (F10)</translation>
    </message>
    <message>
        <source>%1 was accepted here on %2.</source>
        <translation>%1 принято здесь %2.</translation>
    </message>
    <message>
        <source>%1 is not known here: type the acceptance date and the customer&apos;s data.</source>
        <translation>%1 здесь неизвестно: введите дату приёма и данные клиента.</translation>
    </message>
    <message>
        <source>Last known: %1, %2.</source>
        <translation>Последнее известное событие: %1, %2.</translation>
    </message>
    <message>
        <source>Claim %1 is already open, answer due by %2.</source>
        <translation>Заявление %1 уже открыто, срок ответа — до %2.</translation>
    </message>
    <message>
        <source>Claim %1 opened; the answer is due by %2. The claim form and the slip are printing.</source>
        <translation>Заявление %1 открыто; срок ответа — до %2. Печатаются бланк заявления и талон.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>Select a claim in the list first.</source>
        <translation>Сначала выберите заявление в списке.</translation>
    </message>
    <message>
        <source>Claim %1 answered.</source>
        <translation>Ответ на заявление %1 внесён.</translation>
    </message>
    <message>
        <source>Claim %1 closed: %2.</source>
        <translation>Заявление %1 закрыто: %2.</translation>
    </message>
</context>
<context>
    <name>pc::app::CountCashDialog</name>
    <message>
        <source>Count the cash</source>
        <translation>Пересчёт наличных</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Должно быть</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Пересчитано</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Расхождение</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Supervisor id</source>
        <translation>Код начальника ОПС</translation>
    </message>
    <message>
        <source>Supervisor password</source>
        <translation>Пароль начальника ОПС</translation>
    </message>
    <message>
        <source>Close the shift</source>
        <translation>Закрыть смену</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>pc::app::CustomsEditor</name>
    <message>
        <source>Customs declaration (F9)</source>
        <translation>Таможенная декларация (F9)</translation>
    </message>
    <message>
        <source>Gift</source>
        <translation>Подарок</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Sale of goods</source>
        <translation>Продажа товаров</translation>
    </message>
    <message>
        <source>Commercial sample</source>
        <translation>Коммерческий образец</translation>
    </message>
    <message>
        <source>Returned goods</source>
        <translation>Возврат товаров</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Прочее</translation>
    </message>
    <message>
        <source>explain the contents (category &quot;Other&quot;)</source>
        <translation>поясните вложение (категория «Прочее»)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Net, g</source>
        <translation>Нетто, г</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>HS code</source>
        <translation>Код ТН ВЭД</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Происхождение</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Currency:</source>
        <translation>Валюта:</translation>
    </message>
    <message>
        <source>Insert: add a line · Delete: remove the line</source>
        <translation>Insert — добавить строку · Delete — удалить строку</translation>
    </message>
    <message>
        <source>No customs form needed</source>
        <translation>Таможенная форма не нужна</translation>
    </message>
    <message>
        <source>Form: CN 22</source>
        <translation>Форма: CN 22</translation>
    </message>
    <message>
        <source>Form: CN 23</source>
        <translation>Форма: CN 23</translation>
    </message>
    <message>
        <source>No lines yet: press Insert to add one.</source>
        <translation>Строк пока нет: нажмите Insert, чтобы добавить.</translation>
    </message>
    <message>
        <source>Value: %1 %2</source>
        <translation>Стоимость: %1 %2</translation>
    </message>
    <message>
        <source> (%1 SDR)</source>
        <translation> (%1 СДР)</translation>
    </message>
    <message>
        <source>%1 · net weight %2 g of %3 g</source>
        <translation>%1 · вес нетто %2 г из %3 г</translation>
    </message>
</context>
<context>
    <name>pc::app::DeviceSettingsPage</name>
    <message>
        <source>The saved device settings are invalid (%1); defaults are shown.</source>
        <translation>Сохранённые настройки устройств неверны (%1); показаны значения по умолчанию.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>Драйвер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Порт</translation>
    </message>
    <message>
        <source>Recognised &amp;devices:</source>
        <translation>Обнаруженные &amp;устройства:</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>CR</source>
        <translation>CR</translation>
    </message>
    <message>
        <source>CR LF</source>
        <translation>CR LF</translation>
    </message>
    <message>
        <source>LF</source>
        <translation>LF</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> мс</translation>
    </message>
    <message>
        <source>Sca&amp;nner:</source>
        <translation>С&amp;канер:</translation>
    </message>
    <message>
        <source>Scanner &amp;port:</source>
        <translation>&amp;Порт сканера:</translation>
    </message>
    <message>
        <source>Scan s&amp;uffix:</source>
        <translation>&amp;Окончание скана:</translation>
    </message>
    <message>
        <source>Wedge max &amp;gap between keys:</source>
        <translation>&amp;Макс. пауза между клавишами (клавиатурный сканер):</translation>
    </message>
    <message>
        <source>Wedge &amp;minimum length:</source>
        <translation>Мин. &amp;длина скана (клавиатурный сканер):</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Весы</translation>
    </message>
    <message>
        <source>S&amp;cale:</source>
        <translation>&amp;Весы:</translation>
    </message>
    <message>
        <source>Scale p&amp;ort:</source>
        <translation>П&amp;орт весов:</translation>
    </message>
    <message>
        <source>P&amp;rotocol:</source>
        <translation>П&amp;ротокол:</translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation>&amp;Скорость, бод:</translation>
    </message>
    <message>
        <source>Stable r&amp;eadings (scales that do not say):</source>
        <translation>Совпадающих п&amp;оказаний для стабильного веса (если весы не сообщают):</translation>
    </message>
    <message>
        <source>Stable &amp;tolerance, g:</source>
        <translation>&amp;Допуск стабильности, г:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Со&amp;хранить</translation>
    </message>
    <message>
        <source>Enter the scanner&apos;s serial port (for example /dev/serial/by-id/…) or choose another scanner mode.</source>
        <translation>Укажите последовательный порт сканера (например, /dev/serial/by-id/…) или выберите другой режим сканера.</translation>
    </message>
    <message>
        <source>Enter the scale&apos;s serial port (for example /dev/serial/by-id/…) or choose another scale mode.</source>
        <translation>Укажите последовательный порт весов (например, /dev/serial/by-id/…) или выберите другой режим весов.</translation>
    </message>
    <message>
        <source>The baud rate &quot;%1&quot; is not valid: enter a number from 1200 to 921600, as set on the scale (usually 9600).</source>
        <translation>Скорость «%1» недопустима: введите число от 1200 до 921600, как настроено на весах (обычно 9600).</translation>
    </message>
    <message>
        <source>The stable tolerance &quot;%1&quot; is not valid: enter a number of grams, 0 or more.</source>
        <translation>Допуск стабильности «%1» недопустим: введите число граммов, 0 или больше.</translation>
    </message>
    <message>
        <source>Saved. The device settings apply when the workstation is restarted.</source>
        <translation>Сохранено. Настройки устройств вступят в силу после перезапуска рабочего места.</translation>
    </message>
</context>
<context>
    <name>pc::app::DeviceStatusWidget</name>
    <message>
        <source>disconnected — manual entry</source>
        <translation>отключено — ручной ввод</translation>
    </message>
    <message>
        <source>connecting</source>
        <translation>подключение</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>готово</translation>
    </message>
    <message>
        <source>busy</source>
        <translation>занято</translation>
    </message>
    <message>
        <source>error — manual entry</source>
        <translation>ошибка — ручной ввод</translation>
    </message>
    <message>
        <source>simulated</source>
        <translation>имитация</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 г</translation>
    </message>
    <message>
        <source>%1 g (settling)</source>
        <translation>%1 г (стабилизация)</translation>
    </message>
    <message>
        <source>under zero</source>
        <translation>ниже нуля</translation>
    </message>
    <message>
        <source>over capacity</source>
        <translation>перегрузка</translation>
    </message>
    <message>
        <source>fault</source>
        <translation>неисправность</translation>
    </message>
    <message>
        <source>No scanner or scale: manual entry</source>
        <translation>Нет сканера и весов: ручной ввод</translation>
    </message>
    <message>
        <source>unrecognised: %1</source>
        <translation>не распознано: %1</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Весы</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканер</translation>
    </message>
    <message>
        <source>%1: %2 — %3</source>
        <translation>%1: %2 — %3</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source> · last: %1</source>
        <translation> · последнее: %1</translation>
    </message>
</context>
<context>
    <name>pc::app::DocumentPreview</name>
    <message>
        <source>Preview: %1</source>
        <translation>Предпросмотр: %1</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>Следующая страница ▶</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
</context>
<context>
    <name>pc::app::IdentificationPanel</name>
    <message>
        <source>ID document (Ctrl+1)</source>
        <translation>Документ (Ctrl+1)</translation>
    </message>
    <message>
        <source>Power of attorney (Ctrl+2)</source>
        <translation>Доверенность (Ctrl+2)</translation>
    </message>
    <message>
        <source>SMS code (Ctrl+3)</source>
        <translation>Код из SMS (Ctrl+3)</translation>
    </message>
    <message>
        <source>series and number</source>
        <translation>серия и номер</translation>
    </message>
    <message>
        <source>DD.MM.YYYY</source>
        <translation>ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Дата выдачи:</translation>
    </message>
    <message>
        <source>number of the power of attorney</source>
        <translation>номер доверенности</translation>
    </message>
    <message>
        <source>DD.MM.YYYY, empty: one year</source>
        <translation>ДД.ММ.ГГГГ, пусто — один год</translation>
    </message>
    <message>
        <source>the addressee or the certifying organisation</source>
        <translation>адресат или удостоверившая организация</translation>
    </message>
    <message>
        <source>Power of attorney No.:</source>
        <translation>Доверенность №:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Действует до:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Кем выдана:</translation>
    </message>
    <message>
        <source>Representative&apos;s document:</source>
        <translation>Документ представителя:</translation>
    </message>
    <message>
        <source>Send code (Ctrl+S)</source>
        <translation>Отправить код (Ctrl+S)</translation>
    </message>
    <message>
        <source>the code the recipient tells</source>
        <translation>код, который назовёт получатель</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Код:</translation>
    </message>
    <message>
        <source>Enter the document&apos;s series and number.</source>
        <translation>Введите серию и номер документа.</translation>
    </message>
    <message>
        <source>Enter the document&apos;s issue date as DD.MM.YYYY.</source>
        <translation>Введите дату выдачи документа в формате ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <source>Checked: %1 %2</source>
        <translation>Проверено: %1 %2</translation>
    </message>
    <message>
        <source>Enter the date the power of attorney was issued as DD.MM.YYYY.</source>
        <translation>Введите дату выдачи доверенности в формате ДД.ММ.ГГГГ.</translation>
    </message>
    <message>
        <source>Send the code (Ctrl+S) and type the code the recipient tells you.</source>
        <translation>Отправьте код (Ctrl+S) и введите код, который назовёт получатель.</translation>
    </message>
    <message>
        <source>Choose how the recipient is identified.</source>
        <translation>Выберите способ установления личности получателя.</translation>
    </message>
</context>
<context>
    <name>pc::app::IntegrityBanner</name>
    <message>
        <source>Security alert: %1</source>
        <translation>Тревога безопасности: %1</translation>
    </message>
    <message>
        <source>the operation journal could not be checked: %1</source>
        <translation>журнал операций не удалось проверить: %1</translation>
    </message>
</context>
<context>
    <name>pc::app::InventoryEditor</name>
    <message>
        <source>Inventory of contents, Ф.107 (F10)</source>
        <translation>Опись вложения, Ф.107 (F10)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Declared value, ₽</source>
        <translation>Объявленная ценность, ₽</translation>
    </message>
    <message>
        <source>Insert: add a line · Delete: remove the line</source>
        <translation>Insert — добавить строку · Delete — удалить строку</translation>
    </message>
    <message>
        <source>Ф.107: %1</source>
        <translation>Ф.107: %1</translation>
    </message>
</context>
<context>
    <name>pc::app::IssuingScreen</name>
    <message>
        <source>Tick the items to hand over (F3, Space), or find them first (F2).</source>
        <translation>Отметьте отправления для вручения (F3, Space) или сначала найдите их (F2).</translation>
    </message>
    <message>
        <source>The recipient pays in cash or by card.</source>
        <translation>Получатель оплачивает наличными или картой.</translation>
    </message>
    <message>
        <source>Card payment of %1: ask the recipient to insert or tap the card and enter the PIN on the terminal.</source>
        <translation>Оплата картой %1: попросите получателя вставить или приложить карту и ввести ПИН-код на терминале.</translation>
    </message>
    <message>
        <source>Nothing was handed over: %1</source>
        <translation>Ничего не вручено: %1</translation>
    </message>
    <message numerus="yes">
        <source>Handed over %n item(s)</source>
        <translation>
            <numerusform>Вручено %n отправление</numerusform>
            <numerusform>Вручено %n отправления</numerusform>
            <numerusform>Вручено %n отправлений</numerusform>
        </translation>
    </message>
    <message>
        <source> · document %1</source>
        <translation> · документ %1</translation>
    </message>
    <message>
        <source> · receipt No. %1 · %2</source>
        <translation> · чек № %1 · %2</translation>
    </message>
    <message>
        <source> · change %1</source>
        <translation> · сдача %1</translation>
    </message>
    <message>
        <source>Tick the items the recipient refuses (F3, Space).</source>
        <translation>Отметьте отправления, от которых получатель отказывается (F3, Space).</translation>
    </message>
    <message>
        <source>Refused by the addressee</source>
        <translation>Отказ адресата</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) go back to the sender (3.4): %1
Reason:</source>
        <translation>
            <numerusform>%n отправление возвращается отправителю (3.4): %1
Причина:</numerusform>
            <numerusform>%n отправления возвращаются отправителю (3.4): %1
Причина:</numerusform>
            <numerusform>%n отправлений возвращаются отправителю (3.4): %1
Причина:</numerusform>
        </translation>
    </message>
    <message>
        <source>Return to sender (Enter)</source>
        <translation>Вернуть отправителю (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <source>%1 not refused: %2</source>
        <translation>%1 — отказ не оформлен: %2</translation>
    </message>
    <message>
        <source>Refused, going back to the sender: %1.</source>
        <translation>Отказ оформлен, возвращается отправителю: %1.</translation>
    </message>
    <message>
        <source>Tick the items that could not be handed over (F3, Space).</source>
        <translation>Отметьте отправления, которые не удалось вручить (F3, Space).</translation>
    </message>
    <message>
        <source>Not handed over</source>
        <translation>Не вручено</translation>
    </message>
    <message numerus="yes">
        <source>Why could %n item(s) not be handed over? They stay stored.</source>
        <translation>
            <numerusform>Почему не удалось вручить %n отправление? Оно остаётся на хранении.</numerusform>
            <numerusform>Почему не удалось вручить %n отправления? Они остаются на хранении.</numerusform>
            <numerusform>Почему не удалось вручить %n отправлений? Они остаются на хранении.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record (Enter)</source>
        <translation>Записать (Enter)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recorded %1 for %2.</source>
        <translation>Записано «%1»: %2.</translation>
    </message>
    <message>
        <source>Scan the item or its Ф.22 notice, or type phone, name, identifier digits (F2)</source>
        <translation>Отсканируйте отправление или его извещение Ф.22 либо введите телефон, имя, цифры идентификатора (F2)</translation>
    </message>
    <message>
        <source>Give</source>
        <translation>Вручить</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>COD, ₽</source>
        <translation>Нал. платёж, ₽</translation>
    </message>
    <message>
        <source>Items waiting (F3: Space ticks, Enter goes on to identification)</source>
        <translation>Ожидающие отправления (F3: Space — отметить, Enter — перейти к установлению личности)</translation>
    </message>
    <message>
        <source>Identify the recipient</source>
        <translation>Установите личность получателя</translation>
    </message>
    <message>
        <source>Take payment and hand over (F12)</source>
        <translation>Принять оплату и вручить (F12)</translation>
    </message>
    <message>
        <source>Refused… (Ctrl+R)</source>
        <translation>Отказ… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Not handed over… (Ctrl+N)</source>
        <translation>Не вручено… (Ctrl+N)</translation>
    </message>
    <message>
        <source>Identified. F12: take payment and hand over.</source>
        <translation>Личность установлена. F12 — принять оплату и вручить.</translation>
    </message>
    <message>
        <source>Scan the item or its notice, or type the recipient&apos;s phone or name.</source>
        <translation>Отсканируйте отправление или извещение либо введите телефон или имя получателя.</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <translation>%1 в статусе «%2»</translation>
    </message>
    <message>
        <source>Nothing is waiting here for &quot;%1&quot;.</source>
        <translation>Для «%1» здесь ничего не ожидает вручения.</translation>
    </message>
    <message>
        <source>Not waiting here: %1.</source>
        <translation>Не ожидает вручения здесь: %1.</translation>
    </message>
    <message>
        <source>Recipient: %1 %2</source>
        <translation>Получатель: %1 %2</translation>
    </message>
    <message>
        <source>(name not known)</source>
        <translation>(имя неизвестно)</translation>
    </message>
    <message>
        <source>Several recipients: tick the items of the one at the counter.</source>
        <translation>Несколько получателей: отметьте отправления того, кто стоит у окна.</translation>
    </message>
    <message>
        <source>Nothing ticked</source>
        <translation>Ничего не отмечено</translation>
    </message>
    <message>
        <source>Cash on delivery: %1</source>
        <translation>Наложенный платёж: %1</translation>
    </message>
    <message>
        <source>COD transfer fee: %1</source>
        <translation>Плата за пересылку наложенного платежа: %1</translation>
    </message>
    <message>
        <source>Customs duty: %1</source>
        <translation>Таможенная пошлина: %1</translation>
    </message>
    <message>
        <source>Storage charges: %1</source>
        <translation>Плата за хранение: %1</translation>
    </message>
    <message numerus="yes">
        <source>Due: %1 (%n item(s))</source>
        <translation>
            <numerusform>К оплате: %1 (%n отправление)</numerusform>
            <numerusform>К оплате: %1 (%n отправления)</numerusform>
            <numerusform>К оплате: %1 (%n отправлений)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing to pay (%n item(s))</source>
        <translation>
            <numerusform>Оплачивать нечего (%n отправление)</numerusform>
            <numerusform>Оплачивать нечего (%n отправления)</numerusform>
            <numerusform>Оплачивать нечего (%n отправлений)</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand over (F12)</source>
        <translation>Вручить (F12)</translation>
    </message>
    <message>
        <source>Find the recipient&apos;s items first (F2).</source>
        <translation>Сначала найдите отправления получателя (F2).</translation>
    </message>
    <message>
        <source>Code sent to %1, valid until %2. Ask the recipient for it.</source>
        <translation>Код отправлен на %1, действителен до %2. Спросите его у получателя.</translation>
    </message>
    <message>
        <source>Code accepted. F12: take payment and hand over.</source>
        <translation>Код принят. F12 — принять оплату и вручить.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong code: %n attempt(s) left.</source>
        <translation>
            <numerusform>Неверный код: осталась %n попытка.</numerusform>
            <numerusform>Неверный код: осталось %n попытки.</numerusform>
            <numerusform>Неверный код: осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>The code is locked after too many wrong attempts: identify by document (Ctrl+1).</source>
        <translation>Код заблокирован после слишком многих неверных попыток: установите личность по документу (Ctrl+1).</translation>
    </message>
    <message>
        <source>The code has expired: send a new one (Ctrl+S).</source>
        <translation>Срок действия кода истёк: отправьте новый (Ctrl+S).</translation>
    </message>
    <message>
        <source>The code was already used: send a new one (Ctrl+S).</source>
        <translation>Код уже использован: отправьте новый (Ctrl+S).</translation>
    </message>
</context>
<context>
    <name>pc::app::ItemHistoryDialog</name>
    <message>
        <source>Item history</source>
        <translation>История отправления</translation>
    </message>
    <message>
        <source>Scan or type the item identifier, then Enter</source>
        <translation>Отсканируйте или введите идентификатор отправления, затем нажмите Enter</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>When (local time there)</source>
        <translation>Когда (местное время пункта)</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Операция</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Scan or type an item identifier.</source>
        <translation>Отсканируйте или введите идентификатор отправления.</translation>
    </message>
    <message>
        <source>Asking the tracking network…</source>
        <translation>Запрос к сети отслеживания…</translation>
    </message>
    <message>
        <source>This counter&apos;s journal cannot be read: %1</source>
        <translation>Не удаётся прочитать журнал этого окна: %1</translation>
    </message>
    <message>
        <source>This counter&apos;s operations and the tracking network&apos;s events.</source>
        <translation>Операции этого окна и события сети отслеживания.</translation>
    </message>
    <message>
        <source>The tracking network cannot be asked: %1 Only this counter&apos;s operations are shown.</source>
        <translation>Не удаётся обратиться к сети отслеживания: %1 Показаны только операции этого окна.</translation>
    </message>
    <message>
        <source>No events are known for this item yet.</source>
        <translation>По этому отправлению пока нет известных событий.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>Here (the network has it)</source>
        <translation>Здесь (есть в сети)</translation>
    </message>
    <message>
        <source>Here (sent)</source>
        <translation>Здесь (отправлено)</translation>
    </message>
    <message>
        <source>Here</source>
        <translation>Здесь</translation>
    </message>
    <message>
        <source>Here (not yet sent)</source>
        <translation>Здесь (ещё не отправлено)</translation>
    </message>
    <message>
        <source>%1, counter %2</source>
        <translation>%1, окно %2</translation>
    </message>
</context>
<context>
    <name>pc::app::LoginDialog</name>
    <message>
        <source>Log in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>PostCounter — log in</source>
        <translation>PostCounter — вход</translation>
    </message>
    <message>
        <source>Operator id</source>
        <translation>Код оператора</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
</context>
<context>
    <name>pc::app::MainWindow</name>
    <message>
        <source>PostCounter — %1 (demo, sample data)</source>
        <translation>PostCounter — %1 (демонстрация, учебные данные)</translation>
    </message>
    <message>
        <source>PostCounter — %1</source>
        <translation>PostCounter — %1</translation>
    </message>
    <message>
        <source>Office %1 %2</source>
        <translation>ОПС %1 %2</translation>
    </message>
    <message>
        <source>Counter %1</source>
        <translation>Окно %1</translation>
    </message>
    <message>
        <source>Operator: %1</source>
        <translation>Оператор: %1</translation>
    </message>
    <message>
        <source>Accepted %1</source>
        <translation>Принято %1</translation>
    </message>
    <message>
        <source>Acceptance (F5)</source>
        <translation>Приём (F5)</translation>
    </message>
    <message>
        <source>Print queue (F6)</source>
        <translation>Очередь печати (F6)</translation>
    </message>
    <message>
        <source>Tracking sync (F7)</source>
        <translation>Синхронизация трекинга (F7)</translation>
    </message>
    <message>
        <source>Demo devices</source>
        <translation>Демонстрационные устройства</translation>
    </message>
    <message>
        <source>Devices (F8)</source>
        <translation>Устройства (F8)</translation>
    </message>
    <message>
        <source>Issuing (F4)</source>
        <translation>Вручение (F4)</translation>
    </message>
    <message>
        <source>Storage (Shift+F4)</source>
        <translation>Хранение (Shift+F4)</translation>
    </message>
    <message>
        <source>Arrived %1</source>
        <translation>Поступило %1</translation>
    </message>
    <message>
        <source>Reports (F11)</source>
        <translation>Отчёты (F11)</translation>
    </message>
</context>
<context>
    <name>pc::app::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>&amp;1 Cash</source>
        <translation>&amp;1 Наличные</translation>
    </message>
    <message>
        <source>&amp;2 Card</source>
        <translation>&amp;2 Карта</translation>
    </message>
    <message>
        <source>&amp;3 Contract</source>
        <translation>&amp;3 По договору</translation>
    </message>
    <message>
        <source>Pay (Enter)</source>
        <translation>Оплатить (Enter)</translation>
    </message>
    <message>
        <source>&amp;Tendered, ₽:</source>
        <translation>&amp;Внесено, ₽:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Сдача:</translation>
    </message>
    <message>
        <source>C&amp;ontract number:</source>
        <translation>&amp;Номер договора:</translation>
    </message>
    <message>
        <source>Type the amount the customer gives, e.g. 1000 or 1000,50.</source>
        <translation>Введите сумму, которую даёт покупатель, например 1000 или 1000,50.</translation>
    </message>
    <message>
        <source>Type the business client&apos;s contract number.</source>
        <translation>Введите номер договора корпоративного клиента.</translation>
    </message>
</context>
<context>
    <name>pc::app::PricePanel</name>
    <message>
        <source>Line</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Without VAT</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Tariff: %1 (sample, not the official price list)</source>
        <translation>Тариф: %1 (учебный, не официальный прейскурант)</translation>
    </message>
    <message>
        <source>Tariff: %1</source>
        <translation>Тариф: %1</translation>
    </message>
    <message>
        <source>To pay: %1 (VAT %2 included)</source>
        <translation>К оплате: %1 (в т. ч. НДС %2)</translation>
    </message>
    <message>
        <source>Country group %1</source>
        <translation>Группа стран %1</translation>
    </message>
    <message>
        <source>Zone %1</source>
        <translation>Пояс %1</translation>
    </message>
    <message numerus="yes">
        <source>delivery in %n day(s)</source>
        <translation>
            <numerusform>доставка за %n день</numerusform>
            <numerusform>доставка за %n дня</numerusform>
            <numerusform>доставка за %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>delivery in %1–%2 days</source>
        <translation>доставка за %1–%2 дн.</translation>
    </message>
    <message>
        <source>COD transfer fee %1, paid by the sender now</source>
        <translation>Плата за перевод наложенного платежа %1, оплачивает отправитель сейчас</translation>
    </message>
    <message>
        <source>COD transfer fee %1, paid by the recipient at hand-over</source>
        <translation>Плата за перевод наложенного платежа %1, оплачивает получатель при вручении</translation>
    </message>
    <message>
        <source>Cannot be priced:</source>
        <translation>Не удаётся рассчитать стоимость:</translation>
    </message>
</context>
<context>
    <name>pc::app::PrintQueueWidget</name>
    <message>
        <source>Waiting</source>
        <translation>Ожидает</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Печать…</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Напечатано</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>Не напечатано</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Документ</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>По&amp;вторить</translation>
    </message>
    <message>
        <source>Re&amp;print</source>
        <translation>&amp;Перепечатать</translation>
    </message>
    <message>
        <source>Reprint last &amp;label</source>
        <translation>Перепечатать последнюю &amp;этикетку</translation>
    </message>
    <message>
        <source>Reprint last re&amp;ceipt</source>
        <translation>Перепечатать последний &amp;чек</translation>
    </message>
    <message>
        <source>on</source>
        <translation>на</translation>
    </message>
    <message>
        <source>the same printer</source>
        <translation>том же принтере</translation>
    </message>
    <message>
        <source>Pre&amp;view</source>
        <translation>Про&amp;смотр</translation>
    </message>
</context>
<context>
    <name>pc::app::ReportsScreen</name>
    <message>
        <source>Pre&amp;view</source>
        <translation>Про&amp;смотр</translation>
    </message>
    <message>
        <source>Pri&amp;nt</source>
        <translation>Пе&amp;чать</translation>
    </message>
    <message>
        <source>X-report of the open shift</source>
        <translation>X-отчёт по открытой смене</translation>
    </message>
    <message>
        <source>Z-report of a closed shift</source>
        <translation>Z-отчёт по закрытой смене</translation>
    </message>
    <message>
        <source>Office day</source>
        <translation>Операционный день отделения</translation>
    </message>
    <message>
        <source>Period (per day and hour)</source>
        <translation>Период (по дням и часам)</translation>
    </message>
    <message>
        <source>Save &amp;PDF…</source>
        <translation>Сохранить &amp;PDF…</translation>
    </message>
    <message>
        <source>Save &amp;CSV…</source>
        <translation>Сохранить &amp;CSV…</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Отчёт</translation>
    </message>
    <message>
        <source>&amp;Shift number</source>
        <translation>Номер с&amp;мены</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Дата</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Начиная с</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;По</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save the report as CSV</source>
        <translation>Сохранить отчёт в CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Shift %1 is still open: its Z-report exists once it is closed (take the X-report).</source>
        <translation>Смена %1 ещё открыта: Z-отчёт по ней будет доступен после её закрытия (снимите X-отчёт).</translation>
    </message>
    <message>
        <source>Day report %1</source>
        <translation>Отчёт за день %1</translation>
    </message>
    <message>
        <source>Period report %1 .. %2</source>
        <translation>Отчёт за период %1 .. %2</translation>
    </message>
    <message>
        <source>There is no print queue at this workstation.</source>
        <translation>На этом рабочем месте нет очереди печати.</translation>
    </message>
    <message>
        <source>%1 sent to the office printer (print job %2).</source>
        <translation>%1 — отправлено на принтер отделения (задание печати %2).</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Easy returns of the day, per shop</source>
        <translation>Лёгкие возвраты за день по магазинам</translation>
    </message>
    <message>
        <source>Easy returns %1</source>
        <translation>Лёгкие возвраты %1</translation>
    </message>
</context>
<context>
    <name>pc::app::ScreenLock</name>
    <message>
        <source>The screen is locked. Type your password to continue.</source>
        <translation>Экран заблокирован. Введите пароль, чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>pc::app::SetupWizard</name>
    <message>
        <source>PostCounter setup</source>
        <translation>Настройка PostCounter</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Отделение</translation>
    </message>
    <message>
        <source>The post office this counter belongs to.</source>
        <translation>Почтовое отделение, к которому относится это окно.</translation>
    </message>
    <message>
        <source>Office postcode:</source>
        <translation>Индекс отделения:</translation>
    </message>
    <message>
        <source>Office name:</source>
        <translation>Название отделения:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Регион:</translation>
    </message>
    <message>
        <source>Counter</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>The number of this counter window in the office.</source>
        <translation>Номер этого окна в отделении.</translation>
    </message>
    <message>
        <source>Окно N when empty</source>
        <translation>Окно N, если не заполнено</translation>
    </message>
    <message>
        <source>Counter number:</source>
        <translation>Номер окна:</translation>
    </message>
    <message>
        <source>Counter name:</source>
        <translation>Название окна:</translation>
    </message>
    <message>
        <source>Identifier ranges</source>
        <translation>Диапазоны идентификаторов</translation>
    </message>
    <message>
        <source>The barcode ranges issued to the office, one per line: rpo14:PREFIX:FIRST-LAST (the prefix is the postcode and the 2-digit counter issued with the range) or s10:SERVICE[:COUNTRY]:FIRST-LAST. They can be added later with postcounter-cli id add-range.</source>
        <translation>Диапазоны ШПИ, выделенные отделению, по одному в строке: rpo14:ПРЕФИКС:ПЕРВЫЙ-ПОСЛЕДНИЙ (префикс — индекс и 2-значный номер окна, выданный вместе с диапазоном) или s10:УСЛУГА[:СТРАНА]:ПЕРВЫЙ-ПОСЛЕДНИЙ. Их можно добавить позже командой postcounter-cli id add-range.</translation>
    </message>
    <message>
        <source>Devices found</source>
        <translation>Найденные устройства</translation>
    </message>
    <message>
        <source>Supported scanners and scales connected now. The counter&apos;s users need to be in the postcounter group to use them (adduser USER postcounter).</source>
        <translation>Поддерживаемые сканеры и весы, подключённые сейчас. Чтобы работать с ними, пользователи окна должны входить в группу postcounter (adduser USER postcounter).</translation>
    </message>
    <message>
        <source>No supported scanner or scale is connected. Keyboard-mode scanners work without setup; the rest can be set later on the Devices (F8) page.</source>
        <translation>Поддерживаемые сканеры и весы не подключены. Сканеры в режиме клавиатуры работают без настройки; остальные устройства можно настроить позже на странице «Устройства» (F8).</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Принтеры</translation>
    </message>
    <message>
        <source>Which CUPS printer prints what. USB printers the workstation drives itself are set in the configuration file (docs/admin-guide.md).</source>
        <translation>Какой принтер CUPS что печатает. USB-принтеры, которыми рабочее место управляет само, задаются в файле настроек (docs/admin-guide.md).</translation>
    </message>
    <message>
        <source>CUPS printers could not be listed: %1</source>
        <translation>Не удалось получить список принтеров CUPS: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>Labels:</source>
        <translation>Этикетки:</translation>
    </message>
    <message>
        <source>Label printer language:</source>
        <translation>Язык принтера этикеток:</translation>
    </message>
    <message>
        <source>Receipts (ESC/POS):</source>
        <translation>Чеки (ESC/POS):</translation>
    </message>
    <message>
        <source>A4/A5 forms:</source>
        <translation>Бланки A4/A5:</translation>
    </message>
    <message>
        <source>Tracking service</source>
        <translation>Сервис отслеживания</translation>
    </message>
    <message>
        <source>Where the counter sends its tracking events (https). Leave empty to set it later; the events wait in the outbox.</source>
        <translation>Куда окно отправляет события отслеживания (https). Оставьте пустым, чтобы настроить позже; до тех пор события ждут в очереди отправки.</translation>
    </message>
    <message>
        <source>Endpoint:</source>
        <translation>Адрес (endpoint):</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Токен:</translation>
    </message>
    <message>
        <source>%1

An administrator can write the same settings with:
sudo postcounter-cli %2</source>
        <translation>%1

Администратор может записать те же настройки командой:
sudo postcounter-cli %2</translation>
    </message>
</context>
<context>
    <name>pc::app::ShiftController</name>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Type the reason.</source>
        <translation>Введите причину.</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <source>Counter %1 has no open shift.</source>
        <translation>В окне %1 нет открытой смены.</translation>
    </message>
    <message>
        <source>Open shift</source>
        <translation>Открыть смену</translation>
    </message>
    <message>
        <source>Float in the drawer, ₽</source>
        <translation>Размен в кассе, ₽</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <source>Amount, ₽</source>
        <translation>Сумма, ₽</translation>
    </message>
    <message>
        <source>X-report</source>
        <translation>X-отчёт</translation>
    </message>
    <message>
        <source>Shift %1, operator %2, open since %3

Operations: %4 (items accepted %5, voids %6)
Revenue: %7
Paid in cash: %8
Paid by card: %9
On contracts: %10

Float: %11
Cash in: %12
Cash out: %13
Cash expected in the drawer: %14</source>
        <translation>Смена %1, оператор %2, открыта с %3

Операций: %4 (принято отправлений %5, аннулирований %6)
Выручка: %7
Наличными: %8
Картой: %9
По договорам: %10

Размен: %11
Внесено: %12
Изъято: %13
Должно быть в кассе: %14</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Закрыть смену</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Смена закрыта</translation>
    </message>
    <message>
        <source>The Z-report is not printed: no print queue.</source>
        <translation>Z-отчёт не напечатан: нет очереди печати.</translation>
    </message>
    <message>
        <source>The Z-report goes to the office printer and the receipt printer.</source>
        <translation>Z-отчёт печатается на принтере отделения и на принтере чеков.</translation>
    </message>
    <message>
        <source>The Z-report could not be queued for printing: %1</source>
        <translation>Не удалось поставить Z-отчёт в очередь печати: %1</translation>
    </message>
    <message>
        <source>Shift %1 is closed.
Cash expected: %2
Counted: %3
Difference: %4

%5</source>
        <translation>Смена %1 закрыта.
В кассе должно быть: %2
Пересчитано: %3
Расхождение: %4

%5</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Ваш пароль изменён.</translation>
    </message>
    <message>
        <source>The password is reset and the operator unlocked.</source>
        <translation>Пароль сброшен, оператор разблокирован.</translation>
    </message>
</context>
<context>
    <name>pc::app::ShiftPanel</name>
    <message>
        <source>Open shift</source>
        <translation>Открыть смену</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Внесение</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Изъятие</translation>
    </message>
    <message>
        <source>X-report</source>
        <translation>X-отчёт</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Закрыть смену</translation>
    </message>
    <message>
        <source>No open shift</source>
        <translation>Смена не открыта</translation>
    </message>
    <message>
        <source>Open a shift to start working.</source>
        <translation>Чтобы начать работу, откройте смену.</translation>
    </message>
    <message>
        <source>Shift %1 — %2</source>
        <translation>Смена %1 — %2</translation>
    </message>
    <message>
        <source>Open since %1 (%2 h %3 min); cash expected %4</source>
        <translation>Открыта с %1 (%2 ч %3 мин); в кассе должно быть %4</translation>
    </message>
    <message>
        <source>Password…</source>
        <translation>Пароль…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Сбросить пароль…</translation>
    </message>
</context>
<context>
    <name>pc::app::SimulatorPanel</name>
    <message>
        <source>Demo devices</source>
        <translation>Демонстрационные устройства</translation>
    </message>
    <message>
        <source>RA123456785RU</source>
        <translation>RA123456785RU</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Сканировать</translation>
    </message>
    <message>
        <source>Barcode</source>
        <translation>Штрихкод</translation>
    </message>
    <message>
        <source> g</source>
        <translation> г</translation>
    </message>
    <message>
        <source>Put on platter</source>
        <translation>Положить на весы</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Снять</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Вес</translation>
    </message>
    <message>
        <source>Scanner connected</source>
        <translation>Сканер подключён</translation>
    </message>
    <message>
        <source>Scale connected</source>
        <translation>Весы подключены</translation>
    </message>
    <message>
        <source>Cables</source>
        <translation>Кабели</translation>
    </message>
</context>
<context>
    <name>pc::app::StorageScreen</name>
    <message>
        <source>Scan an arriving item (F2)</source>
        <translation>Отсканируйте поступившее отправление (F2)</translation>
    </message>
    <message>
        <source>Weight, g</source>
        <translation>Вес, г</translation>
    </message>
    <message>
        <source>Recipient (if not known)</source>
        <translation>Получатель (если неизвестен)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Register arrival (Enter)</source>
        <translation>Зарегистрировать поступление (Enter)</translation>
    </message>
    <message>
        <source>Arrival:</source>
        <translation>Поступление:</translation>
    </message>
    <message>
        <source>Find: identifier or its digits, phone, name (F3)</source>
        <translation>Поиск: идентификатор или его цифры, телефон, имя (F3)</translation>
    </message>
    <message>
        <source>Expiring by</source>
        <translation>Срок хранения истекает до</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>На хранении</translation>
    </message>
    <message>
        <source>Delivered (search)</source>
        <translation>Вручённые (поиск)</translation>
    </message>
    <message>
        <source>Returned (search)</source>
        <translation>Возвращённые (поиск)</translation>
    </message>
    <message>
        <source>Unclaimed (search)</source>
        <translation>Невостребованные (поиск)</translation>
    </message>
    <message>
        <source>Any state (search)</source>
        <translation>Любое состояние (поиск)</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>Состояние:</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>Идентификатор</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ячейка</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <source>Holding</source>
        <translation>Вид хранения</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>COD, ₽</source>
        <translation>Нал. платёж, ₽</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Extend… (Ctrl+E)</source>
        <translation>Продлить… (Ctrl+E)</translation>
    </message>
    <message>
        <source>Return expired… (Ctrl+R)</source>
        <translation>Вернуть просроченные… (Ctrl+R)</translation>
    </message>
    <message>
        <source>Reprint Ф.22 (Ctrl+P)</source>
        <translation>Перепечатать Ф.22 (Ctrl+P)</translation>
    </message>
    <message>
        <source>Scan the arriving item&apos;s barcode.</source>
        <translation>Отсканируйте ШПИ поступившего отправления.</translation>
    </message>
    <message numerus="yes">
        <source>%1 → place %2, stored %3 – %4 (%n day(s))%5</source>
        <translation>
            <numerusform>%1 → ячейка %2, хранение %3 – %4 (%n день)%5</numerusform>
            <numerusform>%1 → ячейка %2, хранение %3 – %4 (%n дня)%5</numerusform>
            <numerusform>%1 → ячейка %2, хранение %3 – %4 (%n дней)%5</numerusform>
        </translation>
    </message>
    <message>
        <source>; Ф.22 notice printing</source>
        <translation>; печатается извещение Ф.22</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n отправление</numerusform>
            <numerusform>%n отправления</numerusform>
            <numerusform>%n отправлений</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n expired</source>
        <translation>
            <numerusform> · просрочено: %n</numerusform>
            <numerusform> · просрочено: %n</numerusform>
            <numerusform> · просрочено: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n with the last day today</source>
        <translation>
            <numerusform> · последний день сегодня: %n</numerusform>
            <numerusform> · последний день сегодня: %n</numerusform>
            <numerusform> · последний день сегодня: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the item to extend in the list (F3 to find it, Enter, arrows).</source>
        <translation>Выберите в списке отправление для продления (F3 — поиск, Enter, стрелки).</translation>
    </message>
    <message>
        <source>Extend storage of %1</source>
        <translation>Продление хранения %1</translation>
    </message>
    <message>
        <source>Stored until %1.</source>
        <translation>Хранится до %1.</translation>
    </message>
    <message>
        <source>the addressee (6.4)</source>
        <translation>адресата (6.4)</translation>
    </message>
    <message>
        <source>the sender (6.5)</source>
        <translation>отправителя (6.5)</translation>
    </message>
    <message>
        <source>By days:</source>
        <translation>На сколько дней:</translation>
    </message>
    <message>
        <source>Requested by:</source>
        <translation>По заявлению:</translation>
    </message>
    <message>
        <source>Extend (Enter)</source>
        <translation>Продлить (Enter)</translation>
    </message>
    <message>
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <source>%1 is now stored until %2.</source>
        <translation>%1 теперь хранится до %2.</translation>
    </message>
    <message>
        <source>No item&apos;s storage period has ended: nothing to return.</source>
        <translation>Ни у одного отправления не истёк срок хранения: возвращать нечего.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) go back to their senders (3.1):</source>
        <translation>
            <numerusform>%n отправление возвращается отправителю (3.1):</numerusform>
            <numerusform>%n отправления возвращаются отправителям (3.1):</numerusform>
            <numerusform>%n отправлений возвращаются отправителям (3.1):</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) marked &quot;not to be returned&quot; are kept as unclaimed:</source>
        <translation>
            <numerusform>%n отправление с отметкой «не возвращать» остаётся как невостребованное:</numerusform>
            <numerusform>%n отправления с отметкой «не возвращать» остаются как невостребованные:</numerusform>
            <numerusform>%n отправлений с отметкой «не возвращать» остаются как невостребованные:</numerusform>
        </translation>
    </message>
    <message>
        <source>Return expired items</source>
        <translation>Возврат отправлений с истёкшим сроком хранения</translation>
    </message>
    <message>
        <source>Return (Enter)</source>
        <translation>Вернуть (Enter)</translation>
    </message>
    <message>
        <source>Nothing was returned: %1</source>
        <translation>Ничего не возвращено: %1</translation>
    </message>
    <message>
        <source>Returned to senders: %1. Kept as unclaimed: %2.</source>
        <translation>Возвращено отправителям: %1. Оставлено как невостребованные: %2.</translation>
    </message>
    <message>
        <source>Select the item whose Ф.22 notice to reprint.</source>
        <translation>Выберите отправление, для которого нужно перепечатать извещение Ф.22.</translation>
    </message>
    <message>
        <source>%1 has no Ф.22 notice (poste restante items get none).</source>
        <translation>У %1 нет извещения Ф.22 (на отправления до востребования оно не выписывается).</translation>
    </message>
    <message>
        <source>Ф.22 notice for %1 sent to the printer again (job %2).</source>
        <translation>Извещение Ф.22 для %1 повторно отправлено на принтер (задание %2).</translation>
    </message>
    <message>
        <source>The container&apos;s list</source>
        <translation>Список ёмкости</translation>
    </message>
    <message>
        <source>Container list (*.csv *.txt)</source>
        <translation>Список ёмкости (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) of the list arrived.</source>
        <translation>
            <numerusform>%n отправление из списка поступило.</numerusform>
            <numerusform>%n отправления из списка поступили.</numerusform>
            <numerusform>%n отправлений из списка поступило.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not arrived: %1</source>
        <translation>Не поступили: %1</translation>
    </message>
    <message>
        <source>Container list… (Ctrl+L)</source>
        <translation>Список ёмкости… (Ctrl+L)</translation>
    </message>
    <message>
        <source>; SMS notice sent</source>
        <translation>; SMS-извещение отправлено</translation>
    </message>
</context>
<context>
    <name>pc::app::SyncStatusWidget</name>
    <message>
        <source>Send again</source>
        <translation>Отправить повторно</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Отправление</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>№ события</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Events waiting:</source>
        <translation>Событий в очереди:</translation>
    </message>
    <message>
        <source>Last successful sync:</source>
        <translation>Последняя успешная синхронизация:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>Последняя ошибка:</translation>
    </message>
    <message>
        <source>Events the tracking service refused:</source>
        <translation>События, отклонённые сервисом отслеживания:</translation>
    </message>
    <message>
        <source>%1 (and %2 refused)</source>
        <translation>%1 (и %2 отклонено)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ещё не было</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>%1 Next attempt in %2 s.</source>
        <translation>%1 Следующая попытка через %2 с.</translation>
    </message>
</context>
<context>
    <name>pc::app::VoidDialog</name>
    <message>
        <source>At the sender&apos;s request (26.1; otherwise operator error, 26.2)</source>
        <translation>По просьбе отправителя (26.1; иначе ошибка оператора, 26.2)</translation>
    </message>
    <message>
        <source>Void item %1</source>
        <translation>Аннулировать отправление %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Отправление</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Причина</translation>
    </message>
    <message>
        <source>&amp;Supervisor id</source>
        <translation>&amp;Начальник смены (ID)</translation>
    </message>
    <message>
        <source>Supervisor &amp;password</source>
        <translation>&amp;Пароль начальника смены</translation>
    </message>
    <message>
        <source>Void the item</source>
        <translation>Аннулировать</translation>
    </message>
    <message>
        <source>Type the reason and the supervisor&apos;s id.</source>
        <translation>Введите причину и ID начальника смены.</translation>
    </message>
</context>
<context>
    <name>pc::drivers::SerialScale</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>no answer from the scale on %1 for %2 ms</source>
        <translation>весы на %1 не отвечают %2 мс</translation>
    </message>
    <message>
        <source>disconnected: %1</source>
        <translation>отключено: %1</translation>
    </message>
</context>
<context>
    <name>pc::drivers::SerialScanner</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>disconnected: %1</source>
        <translation>отключено: %1</translation>
    </message>
</context>
<context>
    <name>pc::drivers::UsbHidScale</name>
    <message>
        <source>disconnected</source>
        <translation>отключено</translation>
    </message>
</context>
<context>
    <name>pc::drivers::UsbHidScanner</name>
    <message>
        <source>disconnected</source>
        <translation>отключено</translation>
    </message>
</context>
<context>
    <name>pc::forms</name>
    <message>
        <source>cannot encode &quot;%1&quot; as %2: %3</source>
        <translation>не удаётся закодировать «%1» как %2: %3</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>нет данных</translation>
    </message>
    <message>
        <source>only printable ASCII is allowed</source>
        <translation>допустимы только печатные символы ASCII</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: barcode is %2 mm wide, the form has %3 mm</source>
        <translation>поле «%1»: ширина штрихкода %2 мм, а на бланке %3 мм</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: the text does not fit into its %2×%3 mm box even at %4 pt; shorten it</source>
        <translation>поле «%1»: текст не помещается в свою область %2×%3 мм даже при кегле %4 пт; сократите его</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is missing</source>
        <translation>нет поля «%1»</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be text</source>
        <translation>поле «%1» должно быть текстом</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2 characters long, at most %3 fit</source>
        <translation>в поле «%1» символов: %2, помещается не больше %3</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is not a valid amount</source>
        <translation>поле «%1» не является допустимой суммой</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: &quot;%2&quot; is not an amount in roubles</source>
        <translation>поле «%1»: «%2» — не сумма в рублях</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be an amount in roubles</source>
        <translation>поле «%1» должно быть суммой в рублях</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a whole number from %2 to %3</source>
        <translation>поле «%1» должно быть целым числом от %2 до %3</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: %2</source>
        <translation>поле «%1»: %2</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a six-digit Russian postcode, not &quot;%2&quot;</source>
        <translation>поле «%1» должно быть шестизначным российским индексом, а не «%2»</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be a list</source>
        <translation>поле «%1» должно быть списком</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; has %2 entries; this form takes %3 to %4</source>
        <translation>в поле «%1» элементов: %2; этот бланк принимает от %3 до %4</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be an object</source>
        <translation>поле «%1» должно быть объектом</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2 but the rows of &quot;%3&quot; add up to %4</source>
        <translation>поле «%1» равно %2, а строки «%3» в сумме дают %4</translation>
    </message>
    <message>
        <source>field &quot;report&quot; must be &quot;X&quot; or &quot;Z&quot;</source>
        <translation>поле «report» должно быть «X» или «Z»</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; must be &quot;in&quot; or &quot;out&quot;</source>
        <translation>поле «%1» должно быть «in» или «out»</translation>
    </message>
    <message>
        <source>field &quot;report&quot; must be &quot;office_day&quot;</source>
        <translation>поле «report» должно быть «office_day»</translation>
    </message>
    <message>
        <source>field &quot;report&quot; must be &quot;period&quot;</source>
        <translation>поле «report» должно быть «period»</translation>
    </message>
    <message>
        <source>field &quot;%1&quot; is %2 but the shop lists %3 returns</source>
        <translation>поле «%1» равно %2, а в списке магазина %3 возвратов</translation>
    </message>
    <message>
        <source>field &quot;total&quot; is %1 but the shops add up to %2</source>
        <translation>поле «total» равно %1, а по магазинам в сумме %2</translation>
    </message>
</context>
</TS>
