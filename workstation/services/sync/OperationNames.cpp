#include "OperationNames.h"

#include <QHash>

namespace pc::services::sync {

QString operationTypeName(int type)
{
    static const QHash<int, QString> names{
        {1, QStringLiteral("Приём")},
        {2, QStringLiteral("Вручение")},
        {3, QStringLiteral("Возврат")},
        {4, QStringLiteral("Досылка почты")},
        {5, QStringLiteral("Невручение")},
        {6, QStringLiteral("Хранение")},
        {8, QStringLiteral("Обработка")},
        {9, QStringLiteral("Импорт")},
        {10, QStringLiteral("Экспорт")},
        {12, QStringLiteral("Неудачная попытка вручения")},
        {26, QStringLiteral("Отмена")},
        {44, QStringLiteral("Отказ в приёме")},
        {63, QStringLiteral("Оплата наложенного платежа")},
    };
    return names.value(type);
}

QString operationAttributeName(TrackingOperation op)
{
    static const QHash<int, QString> names{
        {101, QStringLiteral("Единичный")},
        {102, QStringLiteral("Партионный")},
        {103, QStringLiteral("Партионный электронно")},
        {201, QStringLiteral("Вручение адресату")},
        {202, QStringLiteral("Вручение отправителю")},
        {213, QStringLiteral("Вручение адресату по ПЭП")},
        {301, QStringLiteral("Истёк срок хранения")},
        {302, QStringLiteral("Заявление отправителя")},
        {304, QStringLiteral("Отказ адресата")},
        {310, QStringLiteral("Неверный адрес")},
        {401, QStringLiteral("По заявлению пользователя (адрес указан получателем)")},
        {501, QStringLiteral("Утрачено")},
        {502, QStringLiteral("Изъято")},
        {601, QStringLiteral("До востребования")},
        {602, QStringLiteral("В абонементный ящик")},
        {603, QStringLiteral("Установленный срок хранения")},
        {604, QStringLiteral("Продление срока хранения по заявлению адресата")},
        {605, QStringLiteral("Продление срока хранения по заявлению отправителя")},
        {801, QStringLiteral("Покинуло место приёма")},
        {802, QStringLiteral("Прибыло в место вручения")},
        {824, QStringLiteral("Извещение передано")},
        {840, QStringLiteral("Истекает срок хранения")},
        {848, QStringLiteral("Присвоено место адресного хранения")},
        {1201, QStringLiteral("Временное отсутствие адресата")},
        {1206, QStringLiteral("Адресат отказался")},
        {2601, QStringLiteral("По требованию отправителя")},
        {2602, QStringLiteral("Ошибка оператора")},
        {4402, QStringLiteral("Несоответствие веса")},
        {4404, QStringLiteral("Нечитаемый штрихкод")},
        {4407, QStringLiteral("Штрихкод уже сканировался")},
        {4409, QStringLiteral("Негабарит")},
    };
    return names.value(op.type * 100 + op.attr);
}

} // namespace pc::services::sync
