/* printf and friends over the SBI console. */
#include "lib.h"
#include "sbi.h"

struct outbuf {
    char *buf;
    size_t size, len;
};

static void out(struct outbuf *o, char c)
{
    if (o->len + 1 < o->size)
        o->buf[o->len] = c;
    o->len++;
}

static void out_num(struct outbuf *o, unsigned long v, unsigned base, int upper,
                    int neg, int width, char pad)
{
    char tmp[24];
    int n = 0;
    const char *digits = upper ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        tmp[n++] = digits[v % base];
        v /= base;
    } while (v);
    if (neg)
        tmp[n++] = '-';
    if (neg && pad == '0') {
        /* sign before the zero padding */
        out(o, '-');
        n--;
        width--;
    }
    for (int i = n; i < width; i++)
        out(o, pad);
    while (n)
        out(o, tmp[--n]);
}

int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap)
{
    struct outbuf o = { buf, size, 0 };
    for (; *fmt; fmt++) {
        if (*fmt != '%') {
            out(&o, *fmt);
            continue;
        }
        fmt++;
        char pad = ' ';
        int width = 0, lng = 0;
        if (*fmt == '0') {
            pad = '0';
            fmt++;
        }
        while (*fmt >= '0' && *fmt <= '9')
            width = width * 10 + (*fmt++ - '0');
        while (*fmt == 'l' || *fmt == 'z') {
            lng = 1;
            fmt++;
        }
        switch (*fmt) {
        case 'd': {
            long v = lng ? va_arg(ap, long) : va_arg(ap, int);
            out_num(&o, v < 0 ? -(unsigned long)v : (unsigned long)v, 10, 0, v < 0, width, pad);
            break;
        }
        case 'u': {
            unsigned long v = lng ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
            out_num(&o, v, 10, 0, 0, width, pad);
            break;
        }
        case 'x':
        case 'X': {
            unsigned long v = lng ? va_arg(ap, unsigned long) : va_arg(ap, unsigned);
            out_num(&o, v, 16, *fmt == 'X', 0, width, pad);
            break;
        }
        case 'p':
            out(&o, '0');
            out(&o, 'x');
            out_num(&o, (unsigned long)va_arg(ap, void *), 16, 0, 0, width, pad);
            break;
        case 's': {
            const char *s = va_arg(ap, const char *);
            if (!s)
                s = "(null)";
            size_t n = strlen(s);
            for (size_t i = n; i < (size_t)width; i++)
                out(&o, ' ');
            while (*s)
                out(&o, *s++);
            break;
        }
        case 'c':
            out(&o, (char)va_arg(ap, int));
            break;
        case '%':
            out(&o, '%');
            break;
        case 0:
            fmt--;
            break;
        default:
            out(&o, '%');
            out(&o, *fmt);
            break;
        }
    }
    if (size)
        buf[o.len < size ? o.len : size - 1] = 0;
    return (int)o.len;
}

int snprintf(char *buf, size_t size, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, size, fmt, ap);
    va_end(ap);
    return n;
}

static spinlock_t console_lock;
static char console_buf[512];

int printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    /* Interrupt handlers never print, so the lock cannot be taken twice on
     * one CPU; it only keeps lines of different CPUs apart. */
    spin_lock(&console_lock);
    int n = vsnprintf(console_buf, sizeof console_buf, fmt, ap);
    size_t len = (size_t)n < sizeof console_buf ? (size_t)n : sizeof console_buf - 1;
    sbi_console_write(console_buf, len);
    spin_unlock(&console_lock);
    va_end(ap);
    return n;
}

void puts_raw(const char *s)
{
    spin_lock(&console_lock);
    sbi_console_write(s, strlen(s));
    spin_unlock(&console_lock);
}
